/**
 * WordPress dependencies
 */
import { Button, Notice, TextControl } from '@wordpress/components';
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';
import type { Action } from '@wordpress/dataviews';
import { useState } from '@wordpress/element';
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */

import { errorMessage } from '../../data/error-message';
import type { RoyaltyLineWithLinks } from '../../data/royalty';

// WordPress compacts `https://api.w.org/action-…` to this CURIE in responses.
const ADJUST = 'wp:action-adjust';
const REVERSE = 'wp:action-reverse';

type FormProps = {
	line: RoyaltyLineWithLinks;
	reverse: boolean;
	closeModal?: () => void;
	onDone: () => void;
};

/**
 * The form of an adjustment (open line) or a reversal (finalised line): an amount and a reason.
 *
 * @param props            Component props.
 * @param props.line       Line.
 * @param props.reverse    Whether it reverses the line.
 * @param props.closeModal Closes the modal.
 * @param props.onDone     Called after the change.
 */
function LineForm( { line, reverse, closeModal, onDone }: FormProps ) {
	const [ amount, setAmount ] = useState(
		reverse ? '' : String( line.amount )
	);
	const [ note, setNote ] = useState( '' );
	const [ error, setError ] = useState< unknown >( null );
	const [ busy, setBusy ] = useState( false );
	// A metadata action every store has at run time, missing from core-data's types: reads
	// the changed lists again.
	const { invalidateResolutionForStoreSelector } = useDispatch(
		coreStore
	) as unknown as {
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
	};

	const submit = async () => {
		setBusy( true );
		setError( null );
		try {
			await apiFetch( {
				path: `/ttdt/v1/royalty/lines/${ line.id }${ reverse ? '/reverse' : '' }`,
				method: 'POST',
				data: {
					note,
					...( amount !== '' && { amount: Number( amount ) } ),
				},
			} );
			invalidateResolutionForStoreSelector( 'getEntityRecords' );
			onDone();
			closeModal?.();
		} catch ( caught ) {
			setError( caught );
		}
		setBusy( false );
	};

	return (
		<div className="ttdt-royalty__form">
			{ !! error && (
				<Notice status="error" isDismissible={ false }>
					{ errorMessage( error ) }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="number"
				min={ 0 }
				label={
					reverse
						? __(
								'Right amount (leave empty to cancel the line)',
								'ttdt-portal'
							)
						: __( 'Amount (VND)', 'ttdt-portal' )
				}
				value={ amount }
				onChange={ setAmount }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Reason', 'ttdt-portal' ) }
				value={ note }
				onChange={ setNote }
			/>
			<div className="ttdt-royalty__form-buttons">
				<Button variant="tertiary" onClick={ closeModal }>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="primary"
					onClick={ submit }
					isBusy={ busy }
					disabled={ busy || note.trim().length < 3 }
				>
					{ reverse
						? __( 'Reverse', 'ttdt-portal' )
						: __( 'Save', 'ttdt-portal' ) }
				</Button>
			</div>
		</div>
	);
}

/**
 * The actions on a line, offered when its links allow them (the server decides).
 *
 * @param onDone Called after a change.
 */
export function lineActions(
	onDone: () => void
): Action< RoyaltyLineWithLinks >[] {
	return [
		{
			id: 'adjust',
			label: __( 'Adjust', 'ttdt-portal' ),
			isEligible: ( line ) => !! line._links?.[ ADJUST ],
			modalHeader: __( 'Adjust the amount', 'ttdt-portal' ),
			RenderModal: ( { items, closeModal } ) => (
				<LineForm
					line={ items[ 0 ] }
					reverse={ false }
					closeModal={ closeModal }
					onDone={ onDone }
				/>
			),
		},
		{
			id: 'reverse',
			label: __( 'Reverse', 'ttdt-portal' ),
			isEligible: ( line ) => !! line._links?.[ REVERSE ],
			modalHeader: __( 'Reverse a finalised line', 'ttdt-portal' ),
			RenderModal: ( { items, closeModal } ) => (
				<LineForm
					line={ items[ 0 ] }
					reverse
					closeModal={ closeModal }
					onDone={ onDone }
				/>
			),
		},
	];
}
