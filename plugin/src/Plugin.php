<?php
/**
 * Builds the plugin's services and wires them to WordPress.
 *
 * @package Ttdt
 */

namespace Ttdt;

defined( 'ABSPATH' ) || exit;

use Ttdt\Access\Capabilities;
use Ttdt\Access\Roles;
use Ttdt\Access\SectionCapabilities;
use Ttdt\Admin\AdminScreens;
use Ttdt\Admin\EditorExtensions;
use Ttdt\Audit\AccountRecorder;
use Ttdt\Audit\AuditController;
use Ttdt\Audit\AuditExportController;
use Ttdt\Audit\AuditRecorder;
use Ttdt\Audit\AuditTable;
use Ttdt\Blocks\BlockTypes;
use Ttdt\Board\BoardController;
use Ttdt\Board\BoardMeta;
use Ttdt\Board\BoardRoster;
use Ttdt\Calendar\CalendarController;
use Ttdt\Collaborators\CollaboratorPostType;
use Ttdt\Collaborators\CollaboratorPrivacy;
use Ttdt\Content\Sections;
use Ttdt\Feedback\DeskServices;
use Ttdt\Feedback\FeedbackServices;
use Ttdt\Feedback\FeedbackTables;
use Ttdt\I18n\Translations;
use Ttdt\Provenance\ClassicEditorBox;
use Ttdt\Provenance\ClassicThemeDisplay;
use Ttdt\Provenance\PlainTitle;
use Ttdt\Provenance\ProvenanceMeta;
use Ttdt\Provenance\ProvenanceRule;
use Ttdt\Provenance\ReferenceFiling;
use Ttdt\Provenance\ReferenceIndex;
use Ttdt\Provenance\ReferenceLabel;
use Ttdt\Provenance\ReferenceNotice;
use Ttdt\Provenance\SuggestionsController;
use Ttdt\Publishing\PublishGate;
use Ttdt\Publishing\RestPreflight;
use Ttdt\Publishing\StoredItemGuard;
use Ttdt\Quota\QuotaController;
use Ttdt\Quota\QuotaReminder;
use Ttdt\Quota\WeeklyQuota;
use Ttdt\Settings\DateFormatsController;
use Ttdt\Settings\DateFormatsHealthCheck;
use Ttdt\Settings\Settings;
use Ttdt\Settings\SettingsController;
use Ttdt\Support\Hookable;
use Ttdt\Support\LazyServices;
use Ttdt\Support\PageView;
use Ttdt\Support\WriteSideServices;
use Ttdt\VietnameseText\LegacyListActions;
use Ttdt\VietnameseText\LegacyPublishRule;
use Ttdt\VietnameseText\TextController;
use Ttdt\VietnameseText\TextNormalizer;
use Ttdt\Workflow\WorkflowServices;

/**
 * Entry point: `boot()` on `plugins_loaded`, `activate()` / `deactivate()` from the main file.
 *
 * @since 0.1.0
 */
final class Plugin {

	/**
	 * Creates every service and registers its hooks.
	 *
	 * @since 0.1.0
	 */
	public static function boot(): void {
		$settings = new Settings();
		$roster   = new BoardRoster();
		$quota    = new WeeklyQuota( $settings, $roster );
		$reminder = new QuotaReminder( $quota );

		/** @var Hookable[] $services */
		$services = array(
			new Translations(),
			new Capabilities(),
			new Roles(),
			new SectionCapabilities(),
			new Sections(),
			new Content\ItemTemplates(),
			new PublishGate(),
			new RestPreflight(),
			new StoredItemGuard(),
			new ProvenanceMeta(),
			new ProvenanceRule(),
			new ReferenceFiling(),
			new ReferenceLabel(),
			new ReferenceIndex(),
			new ReferenceNotice(),
			new Provenance\Byline(),
			new PlainTitle(),
			new ClassicThemeDisplay(),
			new ClassicEditorBox(),
			new CollaboratorPostType(),
			...WorkflowServices::create( $settings ),
			...FeedbackServices::create( $settings ),
			...DeskServices::create( $settings ),
			new Support\Tables(),
			new AuditRecorder(),
			new Audit\ItemChangeRecorder(),
			new Audit\TermRecorder(),
			new AccountRecorder(),
			new BoardMeta(),
			$reminder,
			new TextNormalizer(),
			new LegacyPublishRule(),
			new BlockTypes(),
			new Blocks\Patterns(),
			...Documents\DocumentServices::create(),
			...Drafts\DraftServices::create( $settings ),
			...Business\BusinessServices::create(),
			new Support\PrivateFiles(),
			new Organisation\OfficialPostType(),
			...Royalty\RoyaltyServices::create( $settings, $roster ),
			...Archive\ArchiveServices::create( $settings ),
			...Confidentiality\ConfidentialServices::create(),
			...Plans\PlanServices::create( $settings, $quota ),
			...Reports\ReportServices::create( $settings, $roster, $quota ),
			...Security\SecurityServices::create(),
			...Network\NetworkServices::create(),
		);

		// Services for the admin, cron and REST side only (site health, privacy tools, screens,
		// the editor's panels): left out of public page views, most of the portal's requests.
		if ( ! PageView::is_current() ) {
			array_push(
				$services,
				new DateFormatsHealthCheck(),
				new Audit\AuditHealth(),
				new CollaboratorPrivacy(),
				new LegacyListActions(),
				new AdminScreens(),
				new EditorExtensions(),
				// Page views render the hooked blocks themselves (Blocks\HookedBlockRender).
				new Blocks\HookedBlocks(),
				// Only to load the media library on its own screen.
				new Organisation\OfficialsScreen()
			);
		} else {
			// The guards and recorders of writes wait for the first hook of theirs that fires.
			$write_side = WriteSideServices::bundled_hooks();
			if ( null !== $write_side ) {
				$services = WriteSideServices::defer( $services, $write_side );
			}
		}

		foreach ( $services as $service ) {
			$service->register_hooks();
		}

		// REST controllers: built when REST starts, not on every request (issue 10).
		LazyServices::on(
			'rest_api_init',
			static fn(): array => array(
				new SettingsController( $settings ),
				new DateFormatsController(),
				new SuggestionsController(),
				new CalendarController( $settings ),
				new AuditController(),
				new AuditExportController(),
				new BoardController( $roster ),
				new QuotaController( $quota, $reminder ),
				new TextController(),
			)
		);

		/**
		 * Fires once the plugin's own services are wired, for extensions to hook in.
		 *
		 * @since 0.1.0
		 *
		 * @param Settings $settings The portal settings service.
		 */
		do_action( 'ttdt_loaded', $settings );
	}

	/**
	 * Creates the roles and the standard sections a portal must carry.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether the plugin is being activated for a whole network: then
	 *                           every site of it gets the set-up ({@see Network\NetworkSetup}).
	 */
	public static function activate( $network_wide = false ): void {
		if ( $network_wide && is_multisite() ) {
			Network\NetworkSetup::activate_network();
			return;
		}
		// Activation runs in a request where the plugin was not booted: load its translations
		// so the roles and sections are created with their Vietnamese names.
		( new Translations() )->load_textdomain();
		Roles::sync();
		Sections::ensure();
		AuditTable::install();
		Settings::store_defaults();
		FeedbackTables::install();
		Documents\SearchIndex::schedule_backfill();
	}

	/**
	 * Clears scheduled work; data and roles stay until the plugin is uninstalled.
	 *
	 * @since 0.1.0
	 *
	 * @param bool $network_wide Whether it is deactivated for a whole network (every site).
	 */
	public static function deactivate( $network_wide = false ): void {
		if ( $network_wide && is_multisite() ) {
			Network\NetworkSetup::deactivate_network();
			return;
		}
		/**
		 * Fires when the plugin is deactivated, so features can unschedule their cron events.
		 *
		 * @since 0.1.0
		 */
		do_action( 'ttdt_deactivate' );
	}
}
