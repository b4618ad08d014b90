/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { createReduxStore, register, useSelect } from '@wordpress/data';
import { useMemo } from '@wordpress/element';

/** A choice as DataViews and DataForm take it. */
export type Choice = { value: string; label: string };

/** What the admin screens read of a property of a REST schema. */
export type PropertySchema = {
	title?: string;
	description?: string;
	type?: string | string[];
	format?: string;
	enum?: unknown[];
	items?: PropertySchema;
	anyOf?: PropertySchema[];
	readonly?: boolean;
	'x-labels'?: Record< string, string >;
};
/** What the admin screens read of a REST route's schema. */
export type RouteSchema = { properties?: Record< string, PropertySchema > };
type State = Record< string, RouteSchema >;

/**
 * The REST schemas of the plugin's routes, read once per page with an OPTIONS request. The
 * server names each enum value in `x-labels` (PHP `Ttdt\Support\EnumLabels`), translated for
 * the user, so no label of a PHP value is written again in TypeScript.
 */
export const store = createReduxStore( 'ttdt/schemas', {
	reducer(
		state: State = {},
		action: { type: string; path?: string; schema?: RouteSchema }
	) {
		if ( action.type === 'RECEIVE_SCHEMA' && action.path ) {
			return { ...state, [ action.path ]: action.schema ?? {} };
		}
		return state;
	},
	actions: {
		receiveSchema: ( path: string, schema: RouteSchema ) => ( {
			type: 'RECEIVE_SCHEMA',
			path,
			schema,
		} ),
	},
	selectors: {
		getSchema: ( state: State, path: string ): RouteSchema | undefined =>
			state[ path ],
	},
	resolvers: {
		getSchema:
			( path: string ) =>
			async ( { dispatch }: { dispatch: any } ) => {
				const { schema } = await apiFetch< { schema?: RouteSchema } >( {
					path,
					method: 'OPTIONS',
				} );
				dispatch.receiveSchema( path, schema ?? {} );
			},
	},
} );
register( store );

/**
 * The choices of an enum property, in the order of its `enum`, named by the server.
 *
 * @param schema   Route schema.
 * @param property Property name.
 */
export function choicesOf(
	schema: RouteSchema | undefined,
	property: string
): Choice[] | undefined {
	const prop = schema?.properties?.[ property ];
	if ( ! prop?.enum ) {
		return undefined;
	}
	const labels = prop[ 'x-labels' ] ?? {};
	return prop.enum.map( ( value ) => ( {
		value: String( value ),
		label: labels[ String( value ) ] ?? String( value ),
	} ) );
}

/**
 * The schema of a route, as the server sends it; undefined until it has arrived.
 *
 * @param path REST route, e.g. `/ttdt/v1/settings`.
 */
export function useSchema( path: string ): RouteSchema | undefined {
	return useSelect(
		( select ) =>
			(
				select( store ) as {
					getSchema: ( p: string ) => RouteSchema | undefined;
				}
			 ).getSchema( path ),
		[ path ]
	);
}

/**
 * The choices of every enum property of a route that the server names, by property;
 * undefined until the schema has arrived.
 *
 * @param path REST route, e.g. `/ttdt/v1/board`.
 */
export function useChoices(
	path: string
): Record< string, Choice[] > | undefined {
	const schema = useSchema( path );
	// Stable while the schema is: screens build their fields (and DataViews its modals) on it.
	return useMemo(
		() =>
			schema
				? Object.fromEntries(
						Object.keys( schema.properties ?? {} )
							.filter(
								( name ) =>
									schema.properties?.[ name ]?.[ 'x-labels' ]
							)
							.map( ( name ) => [
								name,
								choicesOf( schema, name ) ?? [],
							] )
					)
				: undefined,
		[ schema ]
	);
}
