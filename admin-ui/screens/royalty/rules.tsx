/**
 * WordPress dependencies
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { DataForm } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { FieldErrors, withoutErrorsOf } from '../../components/form-controls';
import { errorMessage, fieldErrors } from '../../data/error-message';
import type { RoyaltyRules } from '../../data/generated/schemas';
import { MANAGE_RULES_LINK, useRoyaltyRules } from '../../data/royalty-rules';
import { useSchema } from '../../data/schema-labels';
import { formatMoney } from './money';
import { RulesReadOnly, rulesFields, rulesForm } from './rules-fields';

/**
 * A fiscal year's royalty rules: a DataForm over fields generated from the route's schema.
 * Administrators change them (the server says so with the rules' `manage` link, and refuses
 * anyone else); the accountant reads them. Each refused rule shows the server's reason
 * under its field. Saving never changes amounts already recorded.
 *
 * @param props      Props.
 * @param props.year Fiscal year.
 */
export default function Rules( { year }: { year: number } ) {
	const { rules, hasEdits, isSaving, edit, save } = useRoyaltyRules( year );
	const schema = useSchema( `/ttdt/v1/royalty/rules/${ year }` );
	const fields = useMemo(
		() => ( schema ? rulesFields( schema ) : [] ),
		[ schema ]
	);
	const form = useMemo( () => rulesForm( fields ), [ fields ] );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ notice, setNotice ] = useState< {
		status: 'error' | 'success';
		text: string;
	} | null >( null );

	if ( ! rules || ! schema ) {
		return <Spinner />;
	}
	const canChange = !! rules._links?.[ MANAGE_RULES_LINK ];

	const onSubmit = async ( event: React.FormEvent ) => {
		event.preventDefault();
		setNotice( null );
		try {
			await save();
			setErrors( {} );
			setNotice( {
				status: 'success',
				text: __(
					'Rules saved. Amounts already recorded keep their value.',
					'ttdt-portal'
				),
			} );
		} catch ( error ) {
			setErrors( fieldErrors( error ) );
			setNotice( {
				status: 'error',
				text: errorMessage(
					error,
					__( 'The rules could not be saved.', 'ttdt-portal' )
				),
			} );
		}
	};

	return (
		<form className="ttdt-royalty-rules" onSubmit={ onSubmit }>
			<p>
				{ sprintf(
					/* translators: 1: fiscal year, 2: amount, e.g. "106.363 đ". */
					__(
						'Rules of %1$d. Cap per item today: %2$s (one day of the base wage).',
						'ttdt-portal'
					),
					year,
					formatMoney( rules.day_cap ?? 0 )
				) }
				{ ! rules.saved &&
					' ' +
						__(
							'These are the defaults: nothing was saved for this year yet.',
							'ttdt-portal'
						) }
			</p>
			{ ! canChange && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'Only a system administrator may change the royalty rules. Ask them to make the change.',
						'ttdt-portal'
					) }
				</Notice>
			) }
			{ notice && (
				<Notice
					status={ notice.status }
					onRemove={ () => setNotice( null ) }
				>
					{ notice.text }
				</Notice>
			) }
			<RulesReadOnly.Provider value={ ! canChange }>
				<FieldErrors.Provider value={ errors }>
					<DataForm< RoyaltyRules >
						data={ rules }
						fields={ fields }
						form={ form }
						onChange={ ( changes ) => {
							// A changed rule is no longer the value the server refused.
							setErrors( ( current ) =>
								withoutErrorsOf( current, changes )
							);
							edit( changes );
						} }
					/>
				</FieldErrors.Provider>
			</RulesReadOnly.Provider>
			{ canChange && (
				<Button
					variant="primary"
					type="submit"
					isBusy={ isSaving }
					disabled={ ! hasEdits || isSaving }
					__next40pxDefaultSize
				>
					{ __( 'Save the rules', 'ttdt-portal' ) }
				</Button>
			) }
		</form>
	);
}
