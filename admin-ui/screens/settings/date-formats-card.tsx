/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

/**
 * Internal dependencies
 */
import Notices from '../../components/notices';
import { errorMessage } from '../../data/error-message';
import {
	applyVietnameseDateFormats,
	fetchDateFormats,
} from '../../data/date-formats';
import type { DateFormats } from '../../data/generated/schemas';

/** Notices context of the card. */
const NOTICES_CONTEXT = 'ttdt-date-formats';
/** One error notice at a time: the latest failure. */
const ERROR_NOTICE = 'ttdt-date-formats-error';

/**
 * The site's own dates (themes, core blocks) follow the General settings: this card shows
 * how they read and switches the whole site to 30/11/2026 and 14:05 in one step.
 */
export default function DateFormatsCard() {
	const [ formats, setFormats ] = useState< DateFormats | null >( null );
	const [ isApplying, setIsApplying ] = useState( false );
	const [ hasFailed, setHasFailed ] = useState( false );
	const { createErrorNotice, removeNotice } = useDispatch( noticesStore );

	// The card's own notices context keeps its message inside the card.
	const report = ( reason: unknown ) => {
		setHasFailed( true );
		createErrorNotice( errorMessage( reason ), {
			id: ERROR_NOTICE,
			context: NOTICES_CONTEXT,
		} );
	};

	useEffect( () => {
		fetchDateFormats().then( setFormats ).catch( report );
		// Read once, when the card mounts.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [] );

	const apply = async () => {
		setIsApplying( true );
		removeNotice( ERROR_NOTICE, NOTICES_CONTEXT );
		try {
			setFormats( await applyVietnameseDateFormats() );
		} catch ( reason ) {
			report( reason );
		} finally {
			setIsApplying( false );
		}
	};

	return (
		<Card>
			<CardHeader>
				<h2>{ __( 'Date and time formats', 'ttdt-portal' ) }</h2>
			</CardHeader>
			<CardBody>
				<Notices context={ NOTICES_CONTEXT } />
				{ ! formats && ! hasFailed && <Spinner /> }
				{ formats && (
					<div className="ttdt-settings__stack">
						<p>
							{ sprintf(
								/* translators: %s: the current date and time in the site's formats. */
								__(
									'Dates and times on the site read like this: %s.',
									'ttdt-portal'
								),
								formats.example
							) }
						</p>
						{ formats.vietnamese ? (
							<p>
								{ __(
									'The site uses the Vietnamese formats.',
									'ttdt-portal'
								) }
							</p>
						) : (
							<div>
								<Button
									variant="secondary"
									onClick={ apply }
									isBusy={ isApplying }
									disabled={ isApplying }
									__next40pxDefaultSize
								>
									{ __(
										'Use the Vietnamese formats (30/11/2026, 14:05) for the whole site',
										'ttdt-portal'
									) }
								</Button>
							</div>
						) }
					</div>
				) }
			</CardBody>
		</Card>
	);
}
