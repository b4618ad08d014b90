/**
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { dateI18n } from '@wordpress/date';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import {
	useFeedbackItem,
	type FeedbackHistoryEntry,
} from '../../data/feedback';
import type { Choice } from '../../data/schema-labels';
import ItemActions from './item-actions';
import { localDate } from './fields';

type Props = {
	id: number;
	choices: {
		type: Choice[];
		status: Choice[];
		units: Choice[];
		holders: Choice[];
	};
};

/**
 * One item: the matter, the citizen, the unit's answer, the history and the actions.
 *
 * @param props         Props.
 * @param props.id      Item ID.
 * @param props.choices Names and targets.
 */
export default function ItemDetail( { id, choices }: Props ) {
	const { item, isLoading } = useFeedbackItem( id );
	if ( ! item ) {
		return isLoading ? <Spinner /> : null;
	}
	const name = ( list: Choice[], value: string ) =>
		list.find( ( choice ) => choice.value === value )?.label ?? value;
	const history = ( item.events ?? [] ) as FeedbackHistoryEntry[];

	return (
		<div className="ttdt-feedback-detail">
			<Notices context="ttdt-feedback-detail" />
			<dl>
				<dt>{ __( 'Code', 'ttdt-portal' ) }</dt>
				<dd>{ item.code }</dd>
				<dt>{ __( 'Status', 'ttdt-portal' ) }</dt>
				<dd data-testid="ttdt-feedback-status">
					{ name( choices.status, item.status ) }
				</dd>
				<dt>{ __( 'Type', 'ttdt-portal' ) }</dt>
				<dd>{ name( choices.type, item.type ) }</dd>
				<dt>{ __( 'Topic', 'ttdt-portal' ) }</dt>
				<dd>{ item.topic ?? '' }</dd>
				<dt>{ __( 'Answer deadline', 'ttdt-portal' ) }</dt>
				<dd>
					{ localDate( item.deadline_at ) }
					{ item.overdue && (
						<span className="ttdt-feedback-overdue">
							{ ' ' }
							{ __( 'Overdue', 'ttdt-portal' ) }
						</span>
					) }
				</dd>
				<dt>{ __( 'Citizen', 'ttdt-portal' ) }</dt>
				<dd>
					{ item.erased
						? __( 'Personal data erased', 'ttdt-portal' )
						: [ item.name, item.email, item.phone, item.address ]
								.filter( Boolean )
								.join( ' · ' ) }
				</dd>
				<dt>{ __( 'Subject', 'ttdt-portal' ) }</dt>
				<dd>{ item.subject }</dd>
			</dl>
			<blockquote>{ item.content }</blockquote>
			{ item.unit_answer && (
				<section>
					<h3>{ __( 'Answer from the unit', 'ttdt-portal' ) }</h3>
					<blockquote data-testid="ttdt-unit-answer">
						{ item.unit_answer }
					</blockquote>
				</section>
			) }
			{ item.answer && (
				<section>
					<h3>{ __( 'Approved answer', 'ttdt-portal' ) }</h3>
					<blockquote>{ item.answer }</blockquote>
				</section>
			) }
			<ItemActions item={ item } choices={ choices } />
			<section>
				<h3>{ __( 'History', 'ttdt-portal' ) }</h3>
				<ol className="ttdt-feedback-history">
					{ history.map( ( event ) => (
						<li key={ event.id }>
							<strong>{ event.label ?? event.kind }</strong>
							{ ' — ' }
							{ dateI18n(
								'd/m/Y H:i',
								event.created_at,
								undefined
							) }
							{ event.user_name && ` · ${ event.user_name }` }
							{ event.unit_name && ` · ${ event.unit_name }` }
							{ event.body && <div>{ event.body }</div> }
						</li>
					) ) }
				</ol>
			</section>
		</div>
	);
}
