/**
 * External dependencies
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * WordPress dependencies
 */
import { test as base } from '@wordpress/e2e-test-utils-playwright';

/**
 * One message the site sent, as the catcher received it.
 */
export type Mail = {
	to: string[];
	subject: string;
	text: string;
};

/**
 * The test site's outgoing mail: its must-use plugin points PHPMailer at 127.0.0.1 on
 * `TTDT_TEST_PORT + 1000`, where this catcher listens. Real SMTP, real messages.
 */
export class Mailbox {
	readonly messages: Mail[] = [];

	/**
	 * Forgets the messages received so far.
	 */
	clear(): void {
		this.messages.length = 0;
	}

	/**
	 * Messages to one address.
	 *
	 * @param address Recipient.
	 */
	to( address: string ): Mail[] {
		return this.messages.filter( ( mail ) =>
			mail.to.includes( address.toLowerCase() )
		);
	}

	/**
	 * Waits for a message matching a test (mail is sent during the request, so it is usually
	 * there already).
	 *
	 * @param match   Test.
	 * @param timeout Milliseconds.
	 */
	async waitFor(
		match: ( mail: Mail ) => boolean,
		timeout = 10_000
	): Promise< Mail > {
		const deadline = Date.now() + timeout;
		for (;;) {
			const found = this.messages.find( match );
			if ( found ) {
				return found;
			}
			if ( Date.now() > deadline ) {
				throw new Error(
					`No matching mail. Received: ${ JSON.stringify(
						this.messages.map( ( { to, subject } ) => ( {
							to,
							subject,
						} ) ),
						null,
						1
					) }`
				);
			}
			await new Promise( ( resolve ) => setTimeout( resolve, 100 ) );
		}
	}
}

/**
 * Addresses of a parsed header.
 *
 * @param header `to` of a parsed message.
 */
function addresses( header: AddressObject | AddressObject[] | undefined ) {
	return ( Array.isArray( header ) ? header : [ header ] )
		.flatMap( ( object ) => object?.value ?? [] )
		.map( ( address ) => ( address.address ?? '' ).toLowerCase() );
}

/**
 * Starts the SMTP catcher.
 *
 * @param port Port on 127.0.0.1.
 */
export async function startMailbox(
	port: number
): Promise< { mailbox: Mailbox; stop: () => Promise< void > } > {
	const mailbox = new Mailbox();
	const server = new SMTPServer( {
		authOptional: true,
		disabledCommands: [ 'STARTTLS', 'AUTH' ],
		logger: false,
		onData( stream, _session, callback ) {
			simpleParser( stream )
				.then( ( parsed ) => {
					mailbox.messages.push( {
						to: addresses( parsed.to ),
						subject: parsed.subject ?? '',
						text: parsed.text ?? '',
					} );
					callback();
				} )
				.catch( callback );
		},
	} );
	await new Promise< void >( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( port, '127.0.0.1', () => resolve() );
	} );
	return {
		mailbox,
		stop: () =>
			new Promise< void >( ( resolve ) =>
				server.close( () => resolve() )
			),
	};
}

/**
 * Port of the test site's SMTP catcher.
 */
export const SMTP_PORT = Number( process.env.TTDT_TEST_PORT || 8889 ) + 1000;

/**
 * The e2e `test` with a worker-wide `mailbox` fixture: one catcher for all specs of a worker.
 */
export const test = base.extend< {}, { mailbox: Mailbox } >( {
	mailbox: [
		async ( {}, use ) => {
			const { mailbox, stop } = await startMailbox( SMTP_PORT );
			await use( mailbox );
			await stop();
		},
		{ scope: 'worker' },
	],
} );

export { expect } from '@wordpress/e2e-test-utils-playwright';
