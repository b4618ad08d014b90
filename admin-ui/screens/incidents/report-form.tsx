/**
 * WordPress dependencies
 */
import { DataForm, isItemValid } from '@wordpress/dataviews';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DialogButtons from '../../components/dialog-buttons';
import Notices from '../../components/notices';
import type { IncidentDraft } from '../../data/incidents';
import { useNoticedSubmit } from '../../data/use-noticed-submit';
import { useChoices } from '../../data/schema-labels';
import { draftFields } from './fields';

/** Notices context of the form: its errors show inside the dialog. */
const FORM_NOTICES = 'ttdt-incident-report';

const FORM = {
	type: 'regular' as const,
	fields: [ 'kind', 'description', 'occurred_at', 'item_id', 'account' ],
};

type Props = {
	initial: IncidentDraft;
	onReport: ( draft: IncidentDraft ) => Promise< unknown >;
	onDone: () => void;
};

/**
 * The report form: what, when, which item or account. The server checks it again and
 * mails the head at once.
 *
 * @param props          Component props.
 * @param props.initial  Values to start from (a "this was not me" entry fills them).
 * @param props.onReport Files the report.
 * @param props.onDone   Closes the form.
 */
export default function ReportForm( { initial, onReport, onDone }: Props ) {
	const [ draft, setDraft ] = useState< IncidentDraft >( initial );
	const choices = useChoices( '/ttdt/v1/incidents' );
	const fields = useMemo( () => draftFields( choices ), [ choices ] );
	const { isSaving, onSubmit, cancel } = useNoticedSubmit( {
		context: FORM_NOTICES,
		submit: () => onReport( draft ),
		success: () =>
			__(
				'Your report was sent to the head of the board.',
				'ttdt-portal'
			),
		failure: __( 'The report could not be sent.', 'ttdt-portal' ),
		onDone,
	} );

	return (
		<form className="ttdt-incidents__form" onSubmit={ onSubmit }>
			<Notices context={ FORM_NOTICES } />
			<DataForm< IncidentDraft >
				data={ draft }
				fields={ fields }
				form={ FORM }
				onChange={ ( edits ) =>
					setDraft( ( current ) => ( { ...current, ...edits } ) )
				}
			/>
			<DialogButtons
				className="ttdt-incidents__buttons"
				label={ __( 'Send the report', 'ttdt-portal' ) }
				isSaving={ isSaving }
				canSubmit={ isItemValid( draft, fields, FORM ) }
				onCancel={ cancel }
			/>
		</form>
	);
}
