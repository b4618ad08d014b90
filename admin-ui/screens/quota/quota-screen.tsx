/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, Notice, Spinner } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { toVnDateTime } from '../../components/vn-date';
import { errorMessage } from '../../data/error-message';
import { sendReminders, SEND_REMINDERS_REL, useQuota } from '../../data/quota';
import QuotaTable from './quota-table';

// One notice for the outcome of the last sending: a new one replaces it.
const SENT_NOTICE = 'ttdt-quota-sent';

/**
 * The weekly quota of Article 8: each board member's published items this week and in the
 * eleven weeks before, with a button that sends the reminders now.
 */
export default function QuotaScreen() {
	const { report, isLoading } = useQuota();
	const [ isSending, setIsSending ] = useState( false );
	const { createSuccessNotice, createInfoNotice, createErrorNotice } =
		useDispatch( noticesStore );

	const onSend = async () => {
		setIsSending( true );
		try {
			const { reminded } = await sendReminders();
			if ( reminded.length ) {
				createSuccessNotice(
					sprintf(
						/* translators: 1: number of members, 2: their names. */
						_n(
							'Reminder sent to %1$d member: %2$s.',
							'Reminders sent to %1$d members: %2$s.',
							reminded.length,
							'ttdt-portal'
						),
						reminded.length,
						reminded.map( ( member ) => member.name ).join( ', ' )
					),
					{ id: SENT_NOTICE }
				);
			} else {
				createInfoNotice(
					__(
						'Nobody is behind this week: no reminder was sent.',
						'ttdt-portal'
					),
					{ id: SENT_NOTICE }
				);
			}
		} catch ( caught ) {
			createErrorNotice(
				errorMessage(
					caught,
					__( 'The reminders could not be sent.', 'ttdt-portal' )
				),
				{ id: SENT_NOTICE }
			);
		}
		setIsSending( false );
	};

	if ( ! report ) {
		return isLoading ? <Spinner /> : <Notices />;
	}

	return (
		<div className="ttdt-quota">
			<Notices />
			<Card>
				<CardBody>
					<p className="ttdt-quota__rule">
						{ report.quota > 0
							? sprintf(
									/* translators: %d: items per week. */
									_n(
										'Each board member must have at least %d item published per week (Monday to Sunday).',
										'Each board member must have at least %d items published per week (Monday to Sunday).',
										report.quota,
										'ttdt-portal'
									),
									report.quota
								)
							: __(
									'The weekly quota is off (0 in the portal settings).',
									'ttdt-portal'
								) }
					</p>
					{ report.next_reminder && report.quota > 0 && (
						<p>
							{ sprintf(
								/* translators: %s: date and time (dd/mm/yyyy HH:mm:ss). */
								__(
									'Members who are behind get an e-mail reminder; the next one goes out on %s.',
									'ttdt-portal'
								),
								toVnDateTime( report.next_reminder )
							) }
						</p>
					) }
					{ report._links?.[ SEND_REMINDERS_REL ] &&
						report.quota > 0 && (
							<Button
								__next40pxDefaultSize
								variant="secondary"
								isBusy={ isSending }
								disabled={ isSending }
								onClick={ onSend }
							>
								{ __( 'Send reminders now', 'ttdt-portal' ) }
							</Button>
						) }
				</CardBody>
			</Card>
			{ report.members.length ? (
				<QuotaTable report={ report } />
			) : (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'Nobody holds a board position yet. Set the positions on the Editorial board screen.',
						'ttdt-portal'
					) }
				</Notice>
			) }
		</div>
	);
}
