/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { toVnDateTime } from '../../components/vn-date';
import {
	fetchQuota,
	sendReminders,
	SEND_REMINDERS_REL,
	type QuotaResponse,
} from '../../data/quota';
import QuotaTable from './quota-table';

type Status = { kind: 'success' | 'info' | 'error'; message: string } | null;

/**
 * The weekly quota of Article 8: each board member's published items this week and in the
 * eleven weeks before, with a button that sends the reminders now.
 */
export default function QuotaScreen() {
	const [ report, setReport ] = useState< QuotaResponse | null >( null );
	const [ status, setStatus ] = useState< Status >( null );
	const [ isSending, setIsSending ] = useState( false );

	const load = useCallback( () => {
		fetchQuota( 12 )
			.then( setReport )
			.catch( ( caught ) =>
				setStatus( {
					kind: 'error',
					message:
						caught?.message ??
						__( 'The quota could not be loaded.', 'ttdt-portal' ),
				} )
			);
	}, [] );
	useEffect( load, [ load ] );

	const onSend = async () => {
		setIsSending( true );
		setStatus( null );
		try {
			const { reminded } = await sendReminders();
			setStatus(
				reminded.length
					? {
							kind: 'success',
							message: sprintf(
								/* translators: 1: number of members, 2: their names. */
								_n(
									'Reminder sent to %1$d member: %2$s.',
									'Reminders sent to %1$d members: %2$s.',
									reminded.length,
									'ttdt-portal'
								),
								reminded.length,
								reminded
									.map( ( member ) => member.name )
									.join( ', ' )
							),
						}
					: {
							kind: 'info',
							message: __(
								'Nobody is behind this week: no reminder was sent.',
								'ttdt-portal'
							),
						}
			);
		} catch ( caught ) {
			setStatus( {
				kind: 'error',
				message:
					( caught as { message?: string } )?.message ??
					__( 'The reminders could not be sent.', 'ttdt-portal' ),
			} );
		}
		setIsSending( false );
	};

	if ( ! report ) {
		return status ? (
			<Notice status="error" isDismissible={ false }>
				{ status.message }
			</Notice>
		) : (
			<Spinner />
		);
	}

	return (
		<div className="ttdt-quota">
			{ status && (
				<Notice
					status={ status.kind }
					onRemove={ () => setStatus( null ) }
				>
					{ status.message }
				</Notice>
			) }
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
