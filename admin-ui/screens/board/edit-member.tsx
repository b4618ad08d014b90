/**
 * WordPress dependencies
 */
import {
	Button,
	Notice,
	SelectControl,
	TextControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';
import {
	updateBoardMember,
	type BoardChanges,
	type BoardEntry,
} from '../../data/board';
import {
	positionOptions,
	roleOptions,
	type Position,
	type Role,
} from './options';

type DateKey = 'decision_date' | 'term_start' | 'term_end';

type Props = {
	member: BoardEntry;
	onDone: ( updated?: BoardEntry ) => void;
};

/**
 * The form of one person's board position, appointing decision, term and permission level.
 * The server checks everything again; its Vietnamese message is shown as it comes.
 *
 * @param props        Component props.
 * @param props.member The person.
 * @param props.onDone Called with the saved entry, or nothing when cancelled.
 */
export default function EditMember( { member, onDone }: Props ) {
	const [ position, setPosition ] = useState< Position >(
		member.position ?? ''
	);
	const [ role, setRole ] = useState< Role >( member.role ?? '' );
	const [ decisionNumber, setDecisionNumber ] = useState(
		member.decision_number ?? ''
	);
	const [ dates, setDates ] = useState< Record< DateKey, string > >( {
		decision_date: member.decision_date ?? '',
		term_start: member.term_start ?? '',
		term_end: member.term_end ?? '',
	} );
	const [ invalid, setInvalid ] = useState< DateKey[] >( [] );
	const [ error, setError ] = useState< string | null >( null );
	const [ isSaving, setIsSaving ] = useState( false );

	const dateControl = ( key: DateKey, label: string ) => (
		<VnDateControl
			label={ label }
			value={ dates[ key ] }
			onChange={ ( value ) => {
				setInvalid( ( keys ) =>
					value === null
						? [ ...keys.filter( ( k ) => k !== key ), key ]
						: keys.filter( ( k ) => k !== key )
				);
				if ( value !== null ) {
					setDates( ( current ) => ( {
						...current,
						[ key ]: value,
					} ) );
				}
			} }
		/>
	);

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		setError( null );
		setIsSaving( true );
		const changes: BoardChanges = {
			position,
			decision_number: decisionNumber,
			...dates,
		};
		if ( role !== '' && role !== member.role ) {
			changes.role = role;
		}
		try {
			onDone( await updateBoardMember( member.id, changes ) );
		} catch ( caught ) {
			setError(
				( caught as { message?: string } )?.message ??
					__( 'The change could not be saved.', 'ttdt-portal' )
			);
			setIsSaving( false );
		}
	};

	const roles =
		member.role === ''
			? [
					{
						value: '' as Role,
						label: __( '— Keep the current role —', 'ttdt-portal' ),
					},
					...roleOptions(),
				]
			: roleOptions();

	return (
		<form className="ttdt-board-edit" onSubmit={ onSubmit }>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Board position', 'ttdt-portal' ) }
				value={ position }
				options={ positionOptions() }
				onChange={ ( value ) => setPosition( value as Position ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Permission level', 'ttdt-portal' ) }
				value={ role }
				options={ roles }
				onChange={ ( value ) => setRole( value as Role ) }
				help={ __(
					'What the person may do on the site (Article 12.2). The change is recorded in the audit log.',
					'ttdt-portal'
				) }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Decision number', 'ttdt-portal' ) }
				placeholder={ __( 'e.g. 125/QĐ-UBND', 'ttdt-portal' ) }
				value={ decisionNumber }
				onChange={ setDecisionNumber }
			/>
			{ dateControl(
				'decision_date',
				__( 'Decision date', 'ttdt-portal' )
			) }
			{ dateControl( 'term_start', __( 'Term starts', 'ttdt-portal' ) ) }
			{ dateControl( 'term_end', __( 'Term ends', 'ttdt-portal' ) ) }
			<div className="ttdt-board-edit__buttons">
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ () => onDone() }
					disabled={ isSaving }
				>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ isSaving }
					disabled={ isSaving || invalid.length > 0 }
				>
					{ __( 'Save', 'ttdt-portal' ) }
				</Button>
			</div>
		</form>
	);
}
