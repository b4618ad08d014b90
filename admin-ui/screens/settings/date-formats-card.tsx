/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Notice,
	Spinner,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	applyVietnameseDateFormats,
	fetchDateFormats,
} from '../../data/date-formats';
import type { DateFormats } from '../../data/generated/schemas';

/**
 * The site's own dates (themes, core blocks) follow the General settings: this card shows
 * how they read and switches the whole site to 30/11/2026 and 14:05 in one step.
 */
export default function DateFormatsCard() {
	const [ formats, setFormats ] = useState< DateFormats | null >( null );
	const [ isApplying, setIsApplying ] = useState( false );
	const [ error, setError ] = useState( '' );

	useEffect( () => {
		fetchDateFormats()
			.then( setFormats )
			.catch( ( reason: { message?: string } ) =>
				setError( reason?.message ?? '' )
			);
	}, [] );

	const apply = async () => {
		setIsApplying( true );
		setError( '' );
		try {
			setFormats( await applyVietnameseDateFormats() );
		} catch ( reason ) {
			setError( ( reason as { message?: string } )?.message ?? '' );
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
				{ error && (
					<Notice status="error" isDismissible={ false }>
						{ error }
					</Notice>
				) }
				{ ! formats && ! error && <Spinner /> }
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
