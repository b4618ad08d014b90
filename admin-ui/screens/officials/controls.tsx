/**
 * WordPress dependencies
 */
import { BaseControl, Button, CheckboxControl } from '@wordpress/components';
import type { DataFormControlProps } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { helpWith, useFieldError } from '../../components/form-controls';

/**
 * DataForm control of a yes/no field (DataViews 4.15 has no boolean type).
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
export function FlagEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	return (
		<CheckboxControl
			__nextHasNoMarginBottom
			label={ field.label }
			help={ field.description }
			checked={ Boolean( field.getValue( { item: data } ) ) }
			onChange={ ( checked: boolean ) =>
				onChange( { [ field.id ]: checked } as Partial< Item > )
			}
		/>
	);
}

/** The part of `wp.media` (loaded by the screen) the photo field uses. */
type MediaFrame = {
	on: ( event: 'select', callback: () => void ) => void;
	open: () => void;
	state: () => {
		get: ( name: 'selection' ) => {
			first: () => { toJSON: () => { id: number } };
		};
	};
};
type MediaGlobal = {
	wp?: {
		media?: ( options: {
			title: string;
			library: { type: string };
			multiple: boolean;
		} ) => MediaFrame;
	};
};

/**
 * Opens the media library to choose one image.
 *
 * @param title    Dialog title.
 * @param onChosen Receives the chosen image's ID.
 */
function chooseImage( title: string, onChosen: ( id: number ) => void ) {
	const media = ( window as unknown as MediaGlobal ).wp?.media;
	if ( ! media ) {
		return;
	}
	const frame = media( {
		title,
		library: { type: 'image' },
		multiple: false,
	} );
	frame.on( 'select', () =>
		onChosen( frame.state().get( 'selection' ).first().toJSON().id )
	);
	frame.open();
}

/**
 * DataForm control of a photo chosen from the media library (its ID); the server checks it
 * is an image.
 *
 * @param props          Control props.
 * @param props.data     Form values.
 * @param props.field    Field.
 * @param props.onChange Change handler.
 */
export function PhotoEdit< Item >( {
	data,
	field,
	onChange,
}: DataFormControlProps< Item > ) {
	const { error } = useFieldError( field.id );
	const id = Number( field.getValue( { item: data } ) ) || 0;
	const set = ( next: number ) =>
		onChange( { [ field.id ]: next } as Partial< Item > );
	return (
		<BaseControl
			__nextHasNoMarginBottom
			id={ `ttdt-official-${ field.id }` }
			label={ field.label }
			help={ helpWith( field.description, error ) }
		>
			<div className="ttdt-official-photo">
				<span>
					{ id
						? `#${ id }`
						: __( 'No photo chosen.', 'ttdt-portal' ) }
				</span>
				<Button
					variant="secondary"
					onClick={ () =>
						chooseImage(
							__( 'Photo of the official', 'ttdt-portal' ),
							set
						)
					}
				>
					{ __( 'Choose a photo', 'ttdt-portal' ) }
				</Button>
				{ id > 0 && (
					<Button
						variant="link"
						isDestructive
						onClick={ () => set( 0 ) }
					>
						{ __( 'Remove', 'ttdt-portal' ) }
					</Button>
				) }
			</div>
		</BaseControl>
	);
}
