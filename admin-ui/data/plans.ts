/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import {
	store as coreStore,
	useEntityRecord,
	useEntityRecords,
} from '@wordpress/core-data';
import { useDispatch } from '@wordpress/data';

/**
 * Internal dependencies
 */
import {
	ENTITY_KIND,
	PLAN_CALENDAR_ENTITY,
	PLAN_ENTITY,
	PLAN_PROGRESS_ENTITY,
	PLAN_TOPIC_ENTITY,
	registerEntities,
} from './entities';
import type {
	Plan,
	PlanCalendar,
	PlanProgress,
	PlanTopic,
} from './generated/schemas';

registerEntities();

/** Route of the plans, whose schema names the periods and states. */
export const PLANS_PATH = '/ttdt/v1/plans';

const NO_QUERY = {};

/** Every plan, newest period first. */
export function usePlans() {
	const { records, isResolving } = useEntityRecords< Plan >(
		ENTITY_KIND,
		PLAN_ENTITY,
		NO_QUERY
	);
	return { plans: records ?? [], isLoading: isResolving };
}

/**
 * The topics of one plan.
 *
 * @param plan Plan ID.
 */
export function useTopics( plan: number ) {
	const { records, isResolving } = useEntityRecords< PlanTopic >(
		ENTITY_KIND,
		PLAN_TOPIC_ENTITY,
		{ plan }
	);
	return { topics: records ?? [], isLoading: isResolving };
}

/**
 * A plan's progress.
 *
 * @param plan Plan ID.
 */
export function useProgress( plan: number ) {
	return useEntityRecord< PlanProgress >(
		ENTITY_KIND,
		PLAN_PROGRESS_ENTITY,
		plan
	).record;
}

/**
 * A month of the plan calendar.
 *
 * @param month Month, `yyyy-mm`.
 */
export function useCalendarMonth( month: string ) {
	return useEntityRecord< PlanCalendar >(
		ENTITY_KIND,
		PLAN_CALENDAR_ENTITY,
		month
	).record;
}

/**
 * Saves, deletes and moves plans and topics. Each write is followed by a fresh read of the
 * plan lists, topics and progress: a topic changes its plan's count, a move its actions.
 */
export function usePlanWrites() {
	const {
		saveEntityRecord,
		deleteEntityRecord,
		invalidateResolutionForStoreSelector,
	} = useDispatch( coreStore ) as unknown as {
		saveEntityRecord: (
			kind: string,
			name: string,
			record: object,
			options: object
		) => Promise< unknown >;
		deleteEntityRecord: (
			kind: string,
			name: string,
			id: number,
			query: object,
			options: object
		) => Promise< unknown >;
		invalidateResolutionForStoreSelector: ( selector: string ) => void;
	};
	const refresh = < T >( result: T ) => {
		invalidateResolutionForStoreSelector( 'getEntityRecords' );
		invalidateResolutionForStoreSelector( 'getEntityRecord' );
		return result;
	};
	const options = { throwOnError: true };
	return {
		savePlan: ( plan: Partial< Plan > ) =>
			saveEntityRecord( ENTITY_KIND, PLAN_ENTITY, plan, options ).then(
				refresh
			),
		deletePlan: ( id: number ) =>
			deleteEntityRecord(
				ENTITY_KIND,
				PLAN_ENTITY,
				id,
				{},
				options
			).then( refresh ),
		saveTopic: ( topic: Partial< PlanTopic > ) =>
			saveEntityRecord(
				ENTITY_KIND,
				PLAN_TOPIC_ENTITY,
				topic,
				options
			).then( refresh ),
		deleteTopic: ( id: number ) =>
			deleteEntityRecord(
				ENTITY_KIND,
				PLAN_TOPIC_ENTITY,
				id,
				{},
				options
			).then( refresh ),
		move: ( id: number, status: string ) =>
			apiFetch< Plan >( {
				path: `${ PLANS_PATH }/${ id }/transition`,
				method: 'POST',
				data: { status },
			} ).then( refresh ),
		moveItem: ( id: number, date: string ) =>
			apiFetch< PlanCalendar[ 'planned' ][ number ] >( {
				path: `/ttdt/v1/plan-calendar/items/${ id }`,
				method: 'POST',
				data: { date },
			} ).then( refresh ),
	};
}
