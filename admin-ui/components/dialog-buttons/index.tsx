/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

type Props = {
	/** Class of the row (each screen lays its dialogs out itself). */
	className: string;
	/** Label of the submit button. */
	label: string;
	/** While the request runs: both buttons wait, the submit one spins. */
	isSaving: boolean;
	/** Whether the form may be sent (what the browser can check before the server). */
	canSubmit?: boolean;
	/** For an action that cannot be undone. */
	isDestructive?: boolean;
	/** Closes the dialog. */
	onCancel: () => void;
};

/**
 * The Cancel and submit buttons at the foot of a dialog's form (the form's own `onSubmit`
 * does the work, so Enter in a field sends it too).
 *
 * @param props               Component props.
 * @param props.className     Class of the row.
 * @param props.label         Label of the submit button.
 * @param props.isSaving      While the request runs.
 * @param props.canSubmit     Whether the form may be sent.
 * @param props.isDestructive For an action that cannot be undone.
 * @param props.onCancel      Closes the dialog.
 */
export default function DialogButtons( {
	className,
	label,
	isSaving,
	canSubmit = true,
	isDestructive = false,
	onCancel,
}: Props ) {
	return (
		<div className={ className }>
			<Button
				__next40pxDefaultSize
				variant="tertiary"
				onClick={ onCancel }
				disabled={ isSaving }
			>
				{ __( 'Cancel', 'ttdt-portal' ) }
			</Button>
			<Button
				__next40pxDefaultSize
				variant="primary"
				isDestructive={ isDestructive }
				type="submit"
				isBusy={ isSaving }
				disabled={ isSaving || ! canSubmit }
			>
				{ label }
			</Button>
		</div>
	);
}
