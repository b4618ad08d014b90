/**
 * The feedback form with JavaScript: checks fields as they are left, sends the same fields to
 * the REST route without reloading, and shows the code or the server's messages in place. The
 * server checks everything again; this only saves the citizen a round trip.
 */

/**
 * WordPress dependencies
 */
import {
	store,
	getContext,
	getElement,
	withSyncEvent,
} from '@wordpress/interactivity';

type Messages = Record<
	| 'required'
	| 'contact'
	| 'email'
	| 'phone'
	| 'consent'
	| 'files'
	| 'fileSize'
	| 'fileType'
	| 'summary'
	| 'network',
	string
>;

type Context = {
	endpoint: string;
	busy: boolean;
	sent: boolean;
	code: string;
	message: string;
	summary: string;
	values: Record< string, string | boolean >;
	errors: Record< string, string >;
	invalid: Record< string, boolean >;
	maxFiles: number;
	maxBytes: number;
	messages: Messages;
};

const TYPES = [ 'image/jpeg', 'image/png', 'image/webp', 'application/pdf' ];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .\-()]{8,20}$/;

/**
 * The message for one field, '' when it is fine.
 *
 * @param form      The form.
 * @param name      Field name.
 * @param texts     Messages.
 * @param max       Limits.
 * @param max.files Most files.
 * @param max.bytes Largest file.
 */
function problem(
	form: HTMLFormElement,
	name: string,
	texts: Messages,
	max: { files: number; bytes: number }
): string {
	const value = (
		( form.elements.namedItem( name ) as HTMLInputElement | null )?.value ??
		''
	).trim();
	switch ( name ) {
		case 'name':
		case 'subject':
		case 'content':
			return value ? '' : texts.required;
		case 'email':
			if ( value && ! EMAIL.test( value ) ) {
				return texts.email;
			}
			return value ||
				(
					form.elements.namedItem( 'phone' ) as HTMLInputElement
				 ).value.trim()
				? ''
				: texts.contact;
		case 'phone':
			return value && ! PHONE.test( value ) ? texts.phone : '';
		case 'consent':
			return ( form.elements.namedItem( 'consent' ) as HTMLInputElement )
				.checked
				? ''
				: texts.consent;
		case 'files[]':
		case 'files': {
			const files = Array.from(
				( form.elements.namedItem( 'files[]' ) as HTMLInputElement )
					.files ?? []
			);
			if ( files.length > max.files ) {
				return texts.files;
			}
			if ( files.some( ( file ) => file.size > max.bytes ) ) {
				return texts.fileSize;
			}
			return files.some( ( file ) => ! TYPES.includes( file.type ) )
				? texts.fileType
				: '';
		}
		default:
			return '';
	}
}

/**
 * Sets or clears a field's message.
 *
 * @param context The block's context.
 * @param name    Field name.
 * @param message Message, '' to clear.
 */
function setError( context: Context, name: string, message: string ) {
	const key = name === 'files[]' ? 'files' : name;
	context.errors = { ...context.errors, [ key ]: message };
	context.invalid = { ...context.invalid, [ key ]: !! message };
}

/**
 * Keeps a field's value in the context, which the field is bound to.
 *
 * @param context The block's context.
 * @param field   The field.
 */
function keep( context: Context, field: HTMLInputElement ) {
	if ( field.name in context.values ) {
		context.values = {
			...context.values,
			[ field.name ]:
				field.type === 'checkbox' ? field.checked : field.value,
		};
	}
}

const FIELDS = [
	'name',
	'email',
	'phone',
	'subject',
	'content',
	'files',
	'consent',
];

const { actions } = store( 'ttdt/feedback-form', {
	actions: {
		check( event: Event ) {
			const context = getContext< Context >();
			const field = event.target as HTMLInputElement;
			keep( context, field );
			setError(
				context,
				field.name,
				problem(
					field.form as HTMLFormElement,
					field.name,
					context.messages,
					{
						files: context.maxFiles,
						bytes: context.maxBytes,
					}
				)
			);
		},
		clear( event: Event ) {
			const context = getContext< Context >();
			const name = ( event.target as HTMLInputElement ).name;
			keep( context, event.target as HTMLInputElement );
			if ( context.errors[ name ] ) {
				actions.check( event );
			}
		},
		submit: withSyncEvent( function* ( event: SubmitEvent ) {
			event.preventDefault();
			const context = getContext< Context >();
			const form = event.target as HTMLFormElement;
			let first = '';
			for ( const name of FIELDS ) {
				const message = problem( form, name, context.messages, {
					files: context.maxFiles,
					bytes: context.maxBytes,
				} );
				setError( context, name, message );
				first = first || ( message ? name : '' );
			}
			if ( first ) {
				context.summary = context.messages.summary;
				(
					form.elements.namedItem(
						first === 'files' ? 'files[]' : first
					) as HTMLElement
				 ).focus();
				return;
			}
			context.busy = true;
			context.summary = '';
			const body = new FormData( form );
			// The REST API would read `_wpnonce`-like fields as its own; only the fields go.
			body.delete( 'action' );
			body.delete( 'ttdt_nonce' );
			body.delete( 'back' );
			try {
				const response: Response = yield fetch( context.endpoint, {
					method: 'POST',
					body,
					credentials: 'omit',
					headers: { Accept: 'application/json' },
				} );
				const data: {
					code?: string;
					message?: string;
					data?: { errors?: Record< string, string > };
				} = yield response.json();
				if ( response.ok && data.code ) {
					context.message = data.message ?? '';
					// Shown and focused by `callbacks.focusResult` once rendered.
					context.code = data.code;
					context.sent = true;
					return;
				}
				const errors = data.data?.errors ?? {};
				for ( const name of Object.keys( errors ) ) {
					setError( context, name, errors[ name ] );
				}
				context.summary = data.message ?? context.messages.network;
			} catch {
				context.summary = context.messages.network;
			} finally {
				context.busy = false;
			}
		} ),
	},
	callbacks: {
		focusResult() {
			const context = getContext< Context >();
			const { ref } = getElement();
			if ( context.sent && ref && ! ref.hidden ) {
				ref.focus();
			}
		},
	},
} );
