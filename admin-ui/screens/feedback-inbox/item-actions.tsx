/**
 * WordPress dependencies
 */
import {
	Button,
	SelectControl,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import { errorMessage } from '../../data/error-message';
import {
	useFeedbackAction,
	type FeedbackAction,
	type FeedbackItem,
} from '../../data/feedback';
import type { Choice } from '../../data/schema-labels';

const NOTICES = 'ttdt-feedback-detail';

/**
 * What an action's form starts with: the item's current values, or the unit's answer for
 * the board to review.
 *
 * @param action Action.
 * @param item   Item.
 */
function initialValues(
	action: FeedbackAction,
	item: FeedbackItem
): Record< string, string > {
	switch ( action ) {
		case 'answer':
			return { answer: item.answer ?? item.unit_answer ?? '' };
		case 'publish':
			return {
				title: item.subject,
				question: item.content,
				answer: item.answer ?? '',
			};
		case 'classify':
			return {
				type: item.type,
				topic: item.topic ?? '',
				purpose: item.purpose ?? '',
			};
		default:
			return {};
	}
}

type Props = {
	item: FeedbackItem;
	choices: {
		type: Choice[];
		units: Choice[];
		holders: Choice[];
	};
};

/**
 * The actions on an item, each a small form. The server decides what is allowed (status and
 * capability) and its message is shown as is.
 *
 * @param props         Props.
 * @param props.item    Item.
 * @param props.choices Types, units and leaders.
 */
export default function ItemActions( { item, choices }: Props ) {
	const run = useFeedbackAction();
	const { createErrorNotice, createSuccessNotice, removeAllNotices } =
		useDispatch( noticesStore );
	const [ open, setOpen ] = useState< FeedbackAction | null >( null );
	const [ busy, setBusy ] = useState( false );
	const [ values, setValues ] = useState< Record< string, string > >( {} );
	const set = ( key: string ) => ( value: string ) =>
		setValues( ( current ) => ( { ...current, [ key ]: value } ) );

	const submit = async (
		steps: Array< [ FeedbackAction, Record< string, unknown > ] >,
		done: string
	) => {
		removeAllNotices( 'default', NOTICES );
		setBusy( true );
		try {
			for ( const [ action, data ] of steps ) {
				await run( item.id, action, data );
			}
			createSuccessNotice( done, { context: NOTICES } );
			setOpen( null );
			setValues( {} );
		} catch ( error ) {
			createErrorNotice(
				errorMessage(
					error,
					__( 'The action could not be completed.', 'ttdt-portal' )
				),
				{ context: NOTICES }
			);
		}
		setBusy( false );
	};

	const closed = item.status === 'closed';
	const answered = item.status === 'answered' || closed;
	const buttons: Array< [ FeedbackAction, string, boolean ] > = [
		[ 'classify', __( 'Classify', 'ttdt-portal' ), ! answered ],
		[ 'forward', __( 'Forward', 'ttdt-portal' ), ! answered ],
		[
			'answer',
			__( 'Approve and send the answer', 'ttdt-portal' ),
			! answered,
		],
		[
			'publish',
			__( 'Publish as Q&A', 'ttdt-portal' ),
			answered && ! item.qa_post_id,
		],
		[ 'note', __( 'Add a note', 'ttdt-portal' ), true ],
		[ 'close', __( 'Close', 'ttdt-portal' ), ! closed ],
	];

	const form = ( children: React.ReactNode, onSubmit: () => void ) => (
		<form
			className="ttdt-feedback-form"
			onSubmit={ ( event ) => {
				event.preventDefault();
				onSubmit();
			} }
		>
			{ children }
			<div className="ttdt-feedback-form__actions">
				<Button variant="tertiary" onClick={ () => setOpen( null ) }>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Confirm', 'ttdt-portal' ) }
				</Button>
			</div>
		</form>
	);

	return (
		<section>
			<div className="ttdt-feedback-form__actions">
				{ buttons
					.filter( ( [ , , shown ] ) => shown )
					.map( ( [ action, label ] ) => (
						<Button
							key={ action }
							variant={
								open === action ? 'primary' : 'secondary'
							}
							onClick={ () => {
								setOpen( action );
								setValues( initialValues( action, item ) );
							} }
						>
							{ label }
						</Button>
					) ) }
			</div>
			{ open === 'classify' &&
				form(
					<>
						<SelectControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Type', 'ttdt-portal' ) }
							value={ values.type }
							options={ choices.type }
							onChange={ set( 'type' ) }
						/>
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Topic', 'ttdt-portal' ) }
							value={ values.topic ?? '' }
							onChange={ set( 'topic' ) }
						/>
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Purpose', 'ttdt-portal' ) }
							value={ values.purpose ?? '' }
							onChange={ set( 'purpose' ) }
						/>
					</>,
					() =>
						submit(
							[ [ 'classify', values ] ],
							__( 'Classified.', 'ttdt-portal' )
						)
				) }
			{ open === 'forward' &&
				form(
					<>
						<SelectControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Forward to', 'ttdt-portal' ) }
							value={ values.target ?? '' }
							onChange={ set( 'target' ) }
						>
							<option value="">
								{ __( '— Choose —', 'ttdt-portal' ) }
							</option>
							<optgroup label={ __( 'Units', 'ttdt-portal' ) }>
								{ choices.units.map( ( unit ) => (
									<option
										key={ unit.value }
										value={ `unit:${ unit.value }` }
									>
										{ unit.label }
									</option>
								) ) }
							</optgroup>
							<optgroup label={ __( 'Leaders', 'ttdt-portal' ) }>
								{ choices.holders.map( ( user ) => (
									<option
										key={ user.value }
										value={ `user:${ user.value }` }
									>
										{ user.label }
									</option>
								) ) }
							</optgroup>
						</SelectControl>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Note', 'ttdt-portal' ) }
							value={ values.note ?? '' }
							onChange={ set( 'note' ) }
						/>
					</>,
					() => {
						const [ kind, target ] = ( values.target ?? '' ).split(
							':'
						);
						submit(
							[
								[
									'forward',
									{
										[ kind === 'user' ? 'user' : 'unit' ]:
											Number( target ) || undefined,
										note: values.note ?? '',
									},
								],
							],
							__( 'Forwarded.', 'ttdt-portal' )
						);
					}
				) }
			{ open === 'answer' &&
				form(
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Answer to the citizen', 'ttdt-portal' ) }
						rows={ 8 }
						value={ values.answer ?? '' }
						onChange={ set( 'answer' ) }
					/>,
					() =>
						submit(
							[
								[ 'answer', { answer: values.answer ?? '' } ],
								[ 'send', {} ],
							],
							__( 'The answer was sent.', 'ttdt-portal' )
						)
				) }
			{ open === 'publish' &&
				form(
					<>
						<p>
							{ __(
								"The citizen's name and contact data are removed from the texts before they are published.",
								'ttdt-portal'
							) }
						</p>
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={ __( 'Public title', 'ttdt-portal' ) }
							value={ values.title ?? '' }
							onChange={ set( 'title' ) }
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Public question', 'ttdt-portal' ) }
							value={ values.question ?? '' }
							onChange={ set( 'question' ) }
						/>
						<TextareaControl
							__nextHasNoMarginBottom
							label={ __( 'Public answer', 'ttdt-portal' ) }
							value={ values.answer ?? '' }
							onChange={ set( 'answer' ) }
						/>
					</>,
					() =>
						submit(
							[ [ 'publish', values ] ],
							__( 'Published as Q&A.', 'ttdt-portal' )
						)
				) }
			{ open === 'note' &&
				form(
					<TextareaControl
						__nextHasNoMarginBottom
						label={ __( 'Note', 'ttdt-portal' ) }
						value={ values.body ?? '' }
						onChange={ set( 'body' ) }
					/>,
					() =>
						submit(
							[ [ 'note', { body: values.body ?? '' } ] ],
							__( 'Note added.', 'ttdt-portal' )
						)
				) }
			{ open === 'close' &&
				form(
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Reason', 'ttdt-portal' ) }
						value={ values.reason ?? '' }
						onChange={ set( 'reason' ) }
					/>,
					() =>
						submit(
							[ [ 'close', { reason: values.reason ?? '' } ] ],
							__( 'Closed.', 'ttdt-portal' )
						)
				) }
		</section>
	);
}
