/**
 * WordPress dependencies
 */
import { Button, Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { encodingName, type LegacyText } from './use-legacy-text';

type Props = {
	legacy: LegacyText;
};

/**
 * The state of the post's text and the button converting it.
 *
 * @param props        Props.
 * @param props.legacy The post's legacy text and its converter.
 */
export default function LegacyTextPanel( { legacy }: Props ) {
	if ( ! legacy.encoding ) {
		return (
			<p className="ttdt-vietnamese-text__ok">
				{ __(
					'All text is in Unicode (TCVN 6909:2001).',
					'ttdt-portal'
				) }
			</p>
		);
	}
	return (
		<Notice status="warning" isDismissible={ false }>
			<p>
				{ sprintf(
					/* translators: 1: encoding name, e.g. TCVN3; 2: number of texts. */
					__(
						'Text in the old %1$s encoding was found in %2$d place(s). It must be converted to Unicode before the item is published.',
						'ttdt-portal'
					),
					encodingName( legacy.encoding ),
					legacy.count
				) }
			</p>
			<Button
				variant="primary"
				onClick={ () => {
					legacy.convert();
				} }
			>
				{ __( 'Convert to Unicode', 'ttdt-portal' ) }
			</Button>
		</Notice>
	);
}
