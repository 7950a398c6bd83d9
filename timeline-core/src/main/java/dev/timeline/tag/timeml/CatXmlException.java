package dev.timeline.tag.timeml;


/**
 * Thrown when a CAT XML document (the MEANTIME annotation format) cannot be converted: malformed XML, a root element
 * other than {@code Document}, a {@code token} without {@code t_id} or {@code sentence}, a markable anchored to a
 * token that does not exist, two markables with one {@code m_id}, or a {@code TIMEX3} whose {@code type} TimeML does
 * not know.
 *
 * <p>The message names the document and, when known, the line and column (both 1-based) of the problem, as in
 * {@code Cannot read CAT document 10450_Apple.xml at line 12, column 7: ...}. It is a {@link TimeMlException}: a
 * caller that reads TimeML from several formats catches one type.
 */
public final class CatXmlException extends TimeMlException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for {@code document}.
     *
     * @param reason what is wrong, for a person to act on
     * @param document the file name or identifier of the document
     * @param line the 1-based line, or a value below 1 if unknown
     * @param column the 1-based column, or a value below 1 if unknown
     * @param cause the underlying parser exception, or null
     */
    public CatXmlException(String reason, String document, int line, int column, Throwable cause) {
        super("CAT", reason, document, line, column, cause);
    }
}
