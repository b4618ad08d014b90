/**
 * The block's stylesheet (`style-index.css`, named in `block.json`). Its editor code is in the
 * one script of all blocks, `admin-ui/editor/blocks`.
 */
import './style.scss';
