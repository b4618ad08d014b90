/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button, Modal } from '@wordpress/components';
import { useEntityRecords } from '@wordpress/core-data';
import { DataViews, type Action, type View } from '@wordpress/dataviews';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { seen } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { useInbox, type FeedbackItem } from '../../data/feedback';
import type { Choice } from '../../data/schema-labels';
import ItemDetail from './item-detail';
import { inboxFields } from './fields';
import {
	DEFAULT_VIEW,
	loadSavedViews,
	presetViews,
	storeSavedViews,
	type SavedView,
} from './saved-views';

const LAYOUTS = { table: {} };

/**
 * The units and leaders an item can be filtered by and forwarded to.
 */
export function useTargets(): { units: Choice[]; holders: Choice[] } {
	const { records: units } = useEntityRecords< {
		id: number;
		title: { raw?: string; rendered: string };
	} >( 'postType', 'ttdt_unit', { per_page: 100, status: 'publish' } );
	const [ holders, setHolders ] = useState< Choice[] >( [] );
	useEffect( () => {
		apiFetch< Array< { id: number; name: string } > >( {
			path: '/ttdt/v1/feedback/holders',
		} )
			.then( ( list ) =>
				setHolders(
					list.map( ( user ) => ( {
						value: String( user.id ),
						label: user.name,
					} ) )
				)
			)
			.catch( () => setHolders( [] ) );
	}, [] );
	return useMemo(
		() => ( {
			units: ( units ?? [] ).map( ( unit ) => ( {
				value: String( unit.id ),
				label: unit.title.raw ?? unit.title.rendered,
			} ) ),
			holders,
		} ),
		[ units, holders ]
	);
}

/**
 * The feedback inbox (Art. 9): every item with its status, type, unit, holder and deadline;
 * the work queues as saved views; an item opens with its history and the actions the user
 * may take.
 */
export default function InboxScreen() {
	const [ view, setView ] = useState< View >( DEFAULT_VIEW );
	const [ saved, setSaved ] = useState< SavedView[] >( loadSavedViews );
	const [ openId, setOpenId ] = useState< number | null >( null );
	const { items, isLoading, choices, paginationInfo } = useInbox( view );
	const targets = useTargets();
	const fields = useMemo(
		() =>
			inboxFields( {
				type: choices?.type ?? [],
				status: choices?.status ?? [],
				channel: choices?.channel ?? [],
				...targets,
			} ),
		[ choices, targets ]
	);

	const actions: Action< FeedbackItem >[] = useMemo(
		() => [
			{
				id: 'open',
				label: __( 'Open', 'ttdt-portal' ),
				icon: seen,
				isPrimary: true,
				// The detail is the screen's own dialog, not the action's: an action can move
				// the item out of the current view, which would close an action's modal.
				callback: ( selected ) => setOpenId( selected[ 0 ].id ),
			},
		],
		[]
	);

	const saveView = () => {
		// eslint-disable-next-line no-alert -- a one-line name; a modal would be heavier than the task.
		const label = window.prompt( __( 'Name of this view', 'ttdt-portal' ) );
		if ( ! label ) {
			return;
		}
		const next = [
			...saved,
			{ id: `saved-${ Date.now() }`, label, view: { ...view, page: 1 } },
		];
		setSaved( next );
		storeSavedViews( next );
	};

	return (
		<div className="ttdt-feedback-inbox">
			<Notices />
			<div
				className="ttdt-feedback-inbox__views"
				role="group"
				aria-label={ __( 'Views', 'ttdt-portal' ) }
			>
				{ [ ...presetViews(), ...saved ].map( ( preset ) => (
					<Button
						key={ preset.id }
						variant="secondary"
						size="compact"
						onClick={ () => setView( preset.view ) }
					>
						{ preset.label }
					</Button>
				) ) }
				<Button variant="tertiary" size="compact" onClick={ saveView }>
					{ __( 'Save this view', 'ttdt-portal' ) }
				</Button>
			</div>
			<DataViews< FeedbackItem >
				view={ view }
				onChangeView={ setView }
				fields={ fields }
				data={ items }
				isLoading={ isLoading }
				paginationInfo={ paginationInfo }
				defaultLayouts={ LAYOUTS }
				actions={ actions }
				searchLabel={ __(
					'Search by code, subject or content',
					'ttdt-portal'
				) }
				getItemId={ ( item ) => String( item.id ) }
			/>
			{ openId !== null && (
				<Modal
					title={ __( 'Feedback item', 'ttdt-portal' ) }
					onRequestClose={ () => setOpenId( null ) }
					size="large"
				>
					<ItemDetail
						id={ openId }
						choices={ {
							type: choices?.type ?? [],
							status: choices?.status ?? [],
							...targets,
						} }
					/>
				</Modal>
			) }
		</div>
	);
}
