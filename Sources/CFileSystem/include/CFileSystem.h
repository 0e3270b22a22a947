#ifndef BACKBONE_CFILESYSTEM_H
#define BACKBONE_CFILESYSTEM_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE): a published folder is
/// replaced without a moment in which it is missing. Returns 0, or -1 with errno set
/// (ENOSYS or EINVAL where the system or file system cannot exchange).
int backbone_exchange_paths(const char *first, const char *second);

#endif
