/**
 * WordPress dependencies
 */
import { dateI18n } from '@wordpress/date';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { historyLabel, type HistoryEntry } from '../../data/workflow';

type Props = {
	entries: HistoryEntry[];
};

/**
 * The item's workflow steps, newest first.
 *
 * @param props         Props.
 * @param props.entries Steps, oldest first.
 */
export default function HistoryList( { entries }: Props ) {
	if ( ! entries.length ) {
		return null;
	}
	return (
		<div className="ttdt-workflow__history">
			<h3>{ __( 'History', 'ttdt-portal' ) }</h3>
			<ol>
				{ [ ...entries ].reverse().map( ( entry, index ) => (
					<li key={ entries.length - index }>
						<span className="ttdt-workflow__when">
							{ dateI18n( 'd/m/Y H:i', entry.at, undefined ) }
						</span>{ ' ' }
						<strong>{ historyLabel( entry.action ) }</strong>{ ' ' }
						{ sprintf(
							/* translators: %s: person's name. */
							__( 'by %s', 'ttdt-portal' ),
							entry.user.name
						) }
						{ entry.note && (
							<span className="ttdt-workflow__note">
								{ entry.note }
							</span>
						) }
					</li>
				) ) }
			</ol>
		</div>
	);
}
