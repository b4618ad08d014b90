/**
 * External dependencies
 */
import type { ComponentProps } from 'react';

/**
 * WordPress dependencies
 */
import { NoticeList, SnackbarList } from '@wordpress/components';
import { useDispatch, useSelect } from '@wordpress/data';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
// Not named style.scss: wp-scripts would put a shared style.scss only in the first entry's
// style-<entry>.css, so every other screen would miss it.
import './notices.scss';

type Props = {
	/** Notices store context; a modal passes its own so its messages stay inside it. */
	context?: string;
};

/** Context of the screen-wide notices (the notices store's default). */
export const SCREEN_NOTICES = 'global';

/**
 * The notices of a screen, from `@wordpress/notices`: messages of the `default` type as
 * notices above the content, `snackbar` ones at the bottom of the screen. Screens report
 * with `createSuccessNotice` / `createErrorNotice` (message from `errorMessage()`), as the
 * block editor does, instead of keeping notice state of their own.
 *
 * @param props         Props.
 * @param props.context Notices context.
 */
export default function Notices( { context = SCREEN_NOTICES }: Props ) {
	const notices = useSelect(
		( select ) => select( noticesStore ).getNotices( context ),
		[ context ]
	);
	const { removeNotice } = useDispatch( noticesStore );
	const remove = ( id: string ) => removeNotice( id, context );
	// The store's notices are what the lists render; only their action types differ.
	const inline = notices.filter(
		( notice ) => notice.type !== 'snackbar'
	) as unknown as ComponentProps< typeof NoticeList >[ 'notices' ];
	const snackbars = notices.filter(
		( notice ) => notice.type === 'snackbar'
	) as unknown as ComponentProps< typeof SnackbarList >[ 'notices' ];
	return (
		<>
			{ inline.length > 0 && (
				<NoticeList
					className="ttdt-notices"
					notices={ inline }
					onRemove={ remove }
				/>
			) }
			{ snackbars.length > 0 && (
				<SnackbarList
					className="ttdt-notices__snackbars"
					notices={ snackbars }
					onRemove={ remove }
				/>
			) }
		</>
	);
}
