/**
 * WordPress dependencies
 */
import {
	BaseControl,
	Button,
	SearchControl,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { useDebounce } from '@wordpress/compose';
import { store as coreStore } from '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { store as editorStore } from '@wordpress/editor';
import { useState } from '@wordpress/element';
import { decodeEntities } from '@wordpress/html-entities';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { MetaEditor } from './use-item-meta';

type DocumentRecord = {
	id: number;
	title?: { rendered?: string };
	meta?: { ttdt_doc_number?: string };
};

/** The relation keys the server registers, typed on the newer document. */
const RELATIONS = [
	'ttdt_doc_replaces',
	'ttdt_doc_amends',
	'ttdt_doc_supplements',
] as const;
type Relation = ( typeof RELATIONS )[ number ];

/**
 * What a relation says, for the picker and the list.
 *
 * @param relation Relation key.
 */
function relationLabel( relation: Relation ): string {
	switch ( relation ) {
		case 'ttdt_doc_replaces':
			return __( 'Replaces', 'ttdt-portal' );
		case 'ttdt_doc_amends':
			return __( 'Amends', 'ttdt-portal' );
		default:
			return __( 'Supplements', 'ttdt-portal' );
	}
}

/**
 * "12/QĐ-UBND — Title", or the title alone.
 *
 * @param record Document.
 */
function nameOf( record: DocumentRecord ): string {
	const title = decodeEntities( record.title?.rendered ?? '' );
	const number = record.meta?.ttdt_doc_number ?? '';
	return (
		[ number, title ].filter( Boolean ).join( ' — ' ) || `#${ record.id }`
	);
}

/**
 * Relations to older documents: search them by number or title (the server's accent-
 * insensitive search), choose how this one relates, add; each relation removable. The inverse
 * ("replaced by") is never typed: the server derives it.
 *
 * @param props        Props.
 * @param props.editor The item's meta.
 */
export default function RelationsControl( { editor }: { editor: MetaEditor } ) {
	const [ relation, setRelation ] = useState< Relation >( RELATIONS[ 0 ] );
	const [ search, setSearch ] = useState( '' );
	const [ query, setQuery ] = useState( '' );
	const debouncedQuery = useDebounce( setQuery, 300 );
	const chosen = RELATIONS.flatMap( ( key ) => editor.ids( key ) );
	// A string, so the store is read again only when the chosen documents change.
	const chosenKey = chosen.join( ',' );

	const { postId, found, named } = useSelect(
		( select ) => {
			const type = select( editorStore ).getCurrentPostType() as string;
			const id = select( editorStore ).getCurrentPostId() as number;
			const core = select( coreStore );
			// Read as the public reads them: the edit context would leave out the published
			// documents this user may no longer edit, which are the ones a relation names.
			const searchQuery = {
				context: 'view',
				search: query,
				per_page: 10,
				exclude: [ id ],
			};
			const ids = chosenKey ? chosenKey.split( ',' ).map( Number ) : [];
			const namedQuery = {
				context: 'view',
				include: ids,
				per_page: ids.length,
			};
			return {
				postId: id,
				found: query.trim()
					? ( core.getEntityRecords(
							'postType',
							type,
							searchQuery
						) as DocumentRecord[] | null )
					: [],
				named: ids.length
					? ( core.getEntityRecords(
							'postType',
							type,
							namedQuery
						) as DocumentRecord[] | null )
					: [],
			};
		},
		[ query, chosenKey ]
	);
	// Null until the server answers.
	const isSearching = !! query.trim() && found === null;
	const labelOf = ( id: number ) => {
		const record = named?.find( ( item ) => item.id === id );
		return record ? nameOf( record ) : `#${ id }`;
	};
	const add = ( id: number ) => {
		if ( id === postId || chosen.includes( id ) ) {
			return;
		}
		editor.set( relation, [ ...editor.ids( relation ), id ] );
	};

	return (
		<BaseControl
			__nextHasNoMarginBottom
			id="ttdt-documents-relations"
			label={ __( 'Related documents', 'ttdt-portal' ) }
			help={ __(
				'Name the older documents this one replaces, amends or supplements. The older document shows “replaced by” on its own once this one is published.',
				'ttdt-portal'
			) }
		>
			{ RELATIONS.map( ( key ) =>
				editor.ids( key ).length ? (
					<div key={ key } className="ttdt-documents__relation">
						<strong>{ relationLabel( key ) }</strong>
						<ul className="ttdt-documents__list">
							{ editor.ids( key ).map( ( id ) => (
								<li key={ id }>
									<span>{ labelOf( id ) }</span>
									<Button
										variant="link"
										isDestructive
										label={ sprintf(
											/* translators: %s: document number and title. */
											__(
												'Remove relation to %s',
												'ttdt-portal'
											),
											labelOf( id )
										) }
										onClick={ () =>
											editor.set(
												key,
												editor
													.ids( key )
													.filter(
														( other ) =>
															other !== id
													)
											)
										}
									>
										{ __( 'Remove', 'ttdt-portal' ) }
									</Button>
								</li>
							) ) }
						</ul>
					</div>
				) : null
			) }
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'This document', 'ttdt-portal' ) }
				value={ relation }
				options={ RELATIONS.map( ( key ) => ( {
					value: key,
					label: relationLabel( key ),
				} ) ) }
				onChange={ ( value: string ) =>
					setRelation( value as Relation )
				}
			/>
			<SearchControl
				__nextHasNoMarginBottom
				label={ __(
					'Find a document by number or title',
					'ttdt-portal'
				) }
				placeholder={ __( 'e.g. 12/QĐ-UBND', 'ttdt-portal' ) }
				value={ search }
				onChange={ ( value: string ) => {
					setSearch( value );
					debouncedQuery( value );
				} }
			/>
			{ isSearching && <Spinner /> }
			{ !! query.trim() && ! isSearching && ! found?.length && (
				<p>
					{ __(
						'No document found. Try the number without its symbol.',
						'ttdt-portal'
					) }
				</p>
			) }
			<ul className="ttdt-documents__list">
				{ ( found ?? [] )
					.filter( ( record ) => ! chosen.includes( record.id ) )
					.map( ( record ) => (
						<li key={ record.id }>
							<Button
								variant="secondary"
								size="compact"
								onClick={ () => add( record.id ) }
							>
								{ sprintf(
									/* translators: 1: relation, e.g. "Replaces", 2: document number and title. */
									__( '%1$s: %2$s', 'ttdt-portal' ),
									relationLabel( relation ),
									nameOf( record )
								) }
							</Button>
						</li>
					) ) }
			</ul>
		</BaseControl>
	);
}
