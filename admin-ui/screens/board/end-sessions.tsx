/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import DialogButtons from '../../components/dialog-buttons';
import Notices from '../../components/notices';
import { endSessions, type BoardEntry } from '../../data/board';
import { useNoticedSubmit } from '../../data/use-noticed-submit';

/** Notices context of the dialog: its errors show inside it. */
const END_SESSIONS_NOTICES = 'ttdt-board-end-sessions';

type Props = {
	member: BoardEntry;
	onDone: () => void;
};

/**
 * Asks before ending every session of one account (a stolen session, a device left signed
 * in): the person has to sign in again everywhere. The server checks the permission again
 * and records the action in the audit log.
 *
 * @param props        Component props.
 * @param props.member The person.
 * @param props.onDone Closes the dialog.
 */
export default function EndSessions( { member, onDone }: Props ) {
	const { isSaving, onSubmit, cancel } = useNoticedSubmit( {
		context: END_SESSIONS_NOTICES,
		submit: () => endSessions( member ),
		success: ( { ended } ) =>
			sprintf(
				/* translators: 1: number of sessions, 2: the person's name. */
				_n(
					'%1$d session of %2$s ended.',
					'%1$d sessions of %2$s ended.',
					ended,
					'ttdt-portal'
				),
				ended,
				member.name
			),
		failure: __( 'The sessions could not be ended.', 'ttdt-portal' ),
		onDone,
	} );

	return (
		<form className="ttdt-board-edit" onSubmit={ onSubmit }>
			<Notices context={ END_SESSIONS_NOTICES } />
			<p>
				{ sprintf(
					/* translators: %s: the person's name. */
					__(
						'%s will be signed out on every device and will have to sign in again. The action is recorded in the audit log.',
						'ttdt-portal'
					),
					member.name
				) }
			</p>
			<DialogButtons
				className="ttdt-board-edit__buttons"
				label={ __( 'End all sessions', 'ttdt-portal' ) }
				isSaving={ isSaving }
				isDestructive
				onCancel={ cancel }
			/>
		</form>
	);
}
