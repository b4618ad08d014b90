/**
 * WordPress dependencies
 */
import { Button, Dropdown } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { calendar } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import VnDateControl from '../../components/vn-date';
import type { PlanCalendar } from '../../data/generated/schemas';

export type CalendarEntry = PlanCalendar[ 'planned' ][ number ];

/** What a dragged entry carries: its item ID, under a type only the calendar reads. */
export const DRAG_TYPE = 'application/x-ttdt-plan-item';

type Props = {
	entry: CalendarEntry;
	onMove: ( id: number, day: string ) => Promise< boolean >;
};

/**
 * An item planned but not yet published. When the server says the user may move it, it can be
 * dragged to another day, or moved through its "move to date" menu (the way for the keyboard
 * and screen readers, since dragging needs a pointer).
 *
 * @param props        Props.
 * @param props.entry  The item.
 * @param props.onMove Moves the item to a day; resolves to whether it moved.
 */
export default function PlannedEntry( { entry, onMove }: Props ) {
	const [ day, setDay ] = useState< string | null >( entry.starts_on ?? '' );
	const title = entry.title ?? '';
	return (
		<span
			className="ttdt-plans__entry is-planned"
			draggable={ !! entry.movable }
			onDragStart={ ( event ) => {
				event.dataTransfer.setData( DRAG_TYPE, String( entry.id ) );
				event.dataTransfer.effectAllowed = 'move';
			} }
		>
			{ title }
			{ entry.movable && (
				<Dropdown
					popoverProps={ { placement: 'bottom-start' } }
					renderToggle={ ( { isOpen, onToggle } ) => (
						<Button
							size="small"
							icon={ calendar }
							label={ sprintf(
								/* translators: %s: item title. */
								__( 'Move “%s” to another day', 'ttdt-portal' ),
								title
							) }
							aria-expanded={ isOpen }
							onClick={ onToggle }
						/>
					) }
					renderContent={ ( { onClose } ) => (
						<form
							className="ttdt-plans__move-form"
							onSubmit={ async ( event ) => {
								event.preventDefault();
								if (
									day &&
									( await onMove( entry.id ?? 0, day ) )
								) {
									onClose();
								}
							} }
						>
							<VnDateControl
								label={ __(
									'Planned publication date',
									'ttdt-portal'
								) }
								value={ day ?? '' }
								onChange={ setDay }
							/>
							<Button
								variant="primary"
								type="submit"
								disabled={ ! day }
								__next40pxDefaultSize
							>
								{ __( 'Move to this day', 'ttdt-portal' ) }
							</Button>
						</form>
					) }
				/>
			) }
		</span>
	);
}
