/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './scroll-region.scss';

type Props = {
	/** What the box holds, read by screen readers when the box gets the focus. */
	label: string;
	/** Class of the box, for the screen's own layout. */
	className?: string;
	children: ReactNode;
};

/**
 * A box that scrolls a wide table sideways on a phone, never the whole page. It takes the
 * keyboard focus (a table of figures has nothing focusable, and a box that scrolls must be
 * reachable without a mouse, WCAG 2.1.1) and names itself for the screen reader.
 *
 * @param props           Component props.
 * @param props.label     Accessible name.
 * @param props.className Class of the box.
 * @param props.children  The table.
 */
export default function ScrollRegion( {
	label,
	className = '',
	children,
}: Props ) {
	return (
		<div
			className={ `ttdt-scroll-region ${ className }`.trim() }
			role="region"
			aria-label={ label }
			tabIndex={ 0 }
		>
			{ children }
		</div>
	);
}
