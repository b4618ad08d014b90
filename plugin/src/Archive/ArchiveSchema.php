<?php
/**
 * JSON schema of the archive packages' REST resource.
 *
 * @package Ttdt
 */

namespace Ttdt\Archive;

defined( 'ABSPATH' ) || exit;

/**
 * One schema, read by the REST controller for its answers and its arguments.
 *
 * @since 0.1.0
 */
final class ArchiveSchema {

	/**
	 * An archive package as the REST API returns it.
	 *
	 * @since 0.1.0
	 * @contract ArchivePackage
	 *
	 * @return array<string, mixed>
	 */
	public static function package(): array {
		$count   = array( 'type' => 'integer' );
		$problem = array(
			'type'       => 'object',
			'properties' => array(
				'file'    => array(
					'description' => __( 'File of the package the problem concerns.', 'ttdt-portal' ),
					'type'        => 'string',
				),
				'problem' => array(
					'description' => __( 'What is wrong with it.', 'ttdt-portal' ),
					'type'        => 'string',
				),
			),
		);
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-archive-package',
			'type'       => 'object',
			'properties' => array(
				'id'           => array(
					'description' => __( 'Package ID, also the name of its folder inside the zip.', 'ttdt-portal' ),
					'type'        => 'string',
					'pattern'     => ArchiveStore::ID_PATTERN,
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'created_at'   => array(
					'description' => __( 'When the package was written (ISO 8601, UTC).', 'ttdt-portal' ),
					'type'        => 'string',
					'format'      => 'date-time',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'size'         => array(
					'description' => __( 'Size of the zip in bytes.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'counts'       => array(
					'description'          => __( 'Records in the package, by kind.', 'ttdt-portal' ),
					'type'                 => 'object',
					'additionalProperties' => $count,
					'context'              => array( 'view', 'edit' ),
					'readonly'             => true,
				),
				'personal'     => array(
					'description' => __( 'Whether feedback keeps the citizens\' personal data. Asked when creating; off by default.', 'ttdt-portal' ),
					'type'        => 'boolean',
					'default'     => false,
					'context'     => array( 'view', 'edit' ),
				),
				'from'         => array(
					'description' => __( 'First day of the period to archive (items changed, entries written on or after it); empty for everything.', 'ttdt-portal' ),
					'type'        => 'string',
					'format'      => 'date',
					'context'     => array( 'edit' ),
				),
				'to'           => array(
					'description' => __( 'Last day of the period to archive; empty for everything.', 'ttdt-portal' ),
					'type'        => 'string',
					'format'      => 'date',
					'context'     => array( 'edit' ),
				),
				'verification' => array(
					'description' => __( 'Result of the last verification of the checksums.', 'ttdt-portal' ),
					'type'        => 'object',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
					'properties'  => array(
						'status'     => array(
							'description' => __( 'unchecked, valid or invalid.', 'ttdt-portal' ),
							'type'        => 'string',
							'enum'        => array( 'unchecked', 'valid', 'invalid' ),
						),
						'checked_at' => array(
							'description' => __( 'When it was checked (ISO 8601, UTC).', 'ttdt-portal' ),
							'type'        => 'string',
						),
						'files'      => array(
							'description' => __( 'Files whose checksum was recomputed.', 'ttdt-portal' ),
							'type'        => 'integer',
						),
						'problems'   => array(
							'description' => __( 'Each damaged, missing or unlisted file.', 'ttdt-portal' ),
							'type'        => 'array',
							'items'       => $problem,
						),
					),
				),
				'restored'     => array(
					'description'          => __( 'After a restore: records written into this site, by kind.', 'ttdt-portal' ),
					'type'                 => 'object',
					'additionalProperties' => $count,
					'context'              => array( 'view', 'edit' ),
					'readonly'             => true,
				),
				'file'         => array(
					'description' => __( 'Where the package is stored on the server.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}

	/**
	 * A background archive job as the REST API returns it.
	 *
	 * @since 0.1.0
	 * @contract ArchiveJob
	 *
	 * @return array<string, mixed>
	 */
	public static function job(): array {
		return array(
			'$schema'    => 'http://json-schema.org/draft-04/schema#',
			'title'      => 'ttdt-archive-job',
			'type'       => 'object',
			'properties' => array(
				'id'         => array(
					'description' => __( 'Job ID.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'kind'       => array(
					'description' => __( 'What the job does: export, verify or restore.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'export', 'verify', 'restore' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'package'    => array(
					'description' => __( 'The package the job writes, checks or restores.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'status'     => array(
					'description' => __( 'queued, running, done or failed.', 'ttdt-portal' ),
					'type'        => 'string',
					'enum'        => array( 'queued', 'running', 'done', 'failed' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'label'      => array(
					'description' => __( 'The step being done.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'done'       => array(
					'description' => __( 'Units of work done (items, files checked).', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'total'      => array(
					'description' => __( 'Units of work in all; 0 when unknown.', 'ttdt-portal' ),
					'type'        => 'integer',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'messages'   => array(
					'description' => __( 'What the job did, oldest first.', 'ttdt-portal' ),
					'type'        => 'array',
					'items'       => array(
						'type'       => 'object',
						'properties' => array(
							'time' => array( 'type' => 'string' ),
							'text' => array( 'type' => 'string' ),
						),
					),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'error'      => array(
					'description' => __( 'Why the job failed, and what to do.', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'result'     => array(
					'description' => __( 'When done: the package (with `restored` counts after a restore).', 'ttdt-portal' ),
					'type'        => array( 'object', 'null' ),
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'created_at' => array(
					'description' => __( 'When the job was started (ISO 8601, UTC).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
				'updated_at' => array(
					'description' => __( 'When the job last moved (ISO 8601, UTC).', 'ttdt-portal' ),
					'type'        => 'string',
					'context'     => array( 'view', 'edit' ),
					'readonly'    => true,
				),
			),
		);
	}
}
