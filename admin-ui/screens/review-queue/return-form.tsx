/**
 * WordPress dependencies
 */
import { Button, TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { WorkflowItem } from '../../data/generated/schemas';

type Props = {
	items: WorkflowItem[];
	onCancel: () => void;
	onSubmit: ( reason: string ) => Promise< void >;
};

/**
 * Asks for the reason a writer will read; nothing is returned without one.
 *
 * @param props          Props.
 * @param props.items    Items being returned.
 * @param props.onCancel Closes without returning.
 * @param props.onSubmit Returns the items with the reason.
 */
export default function ReturnForm( { items, onCancel, onSubmit }: Props ) {
	const [ reason, setReason ] = useState( '' );
	const [ isBusy, setBusy ] = useState( false );

	return (
		<form
			className="ttdt-queue__return"
			onSubmit={ async ( event ) => {
				event.preventDefault();
				setBusy( true );
				await onSubmit( reason.trim() );
				setBusy( false );
			} }
		>
			<p>
				{ items.length === 1
					? items[ 0 ].title
					: sprintf(
							/* translators: %d: number of items. */
							_n(
								'%d item',
								'%d items',
								items.length,
								'ttdt-portal'
							),
							items.length
						) }
			</p>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Reason for the return', 'ttdt-portal' ) }
				help={ __(
					'The writer receives it by e-mail: say what to change.',
					'ttdt-portal'
				) }
				value={ reason }
				onChange={ setReason }
				rows={ 4 }
			/>
			<div className="ttdt-queue__buttons">
				<Button
					variant="tertiary"
					__next40pxDefaultSize
					onClick={ onCancel }
				>
					{ __( 'Cancel', 'ttdt-portal' ) }
				</Button>
				<Button
					variant="primary"
					isDestructive
					type="submit"
					__next40pxDefaultSize
					isBusy={ isBusy }
					disabled={ isBusy || ! reason.trim() }
				>
					{ __( 'Return', 'ttdt-portal' ) }
				</Button>
			</div>
		</form>
	);
}
