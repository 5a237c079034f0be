package org.safecase.identity;

import java.util.List;

/**
 * What a staff import finds in a file, or (after importing) did: every row with its problems, how
 * many are good and how many were imported (0 in a preview).
 */
public record ImportPreview(List<ImportRow> rows, int good, int bad, int imported) {
}
