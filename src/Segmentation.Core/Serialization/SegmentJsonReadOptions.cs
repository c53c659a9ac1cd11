using Segmentation.Binding;

namespace Segmentation.Serialization;

/// <summary>Options of reading segment definitions from JSON.</summary>
/// <remarks>Immutable; use <c>with</c> to derive other options from <see cref="Default"/>.</remarks>
public sealed record SegmentJsonReadOptions
{
    /// <summary>Gets the default options.</summary>
    public static SegmentJsonReadOptions Default { get; } = new();

    /// <summary>Gets the size limits every definition read must respect (depth, list length, string length, criteria count).</summary>
    /// <value>The default value is <see cref="DefinitionLimits.Default"/>.</value>
    public DefinitionLimits Limits
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value;
        }
    } = DefinitionLimits.Default;

    /// <summary>
    /// Gets a value indicating whether documents may be read against a catalog that is not
    /// <see cref="Catalog.FieldCatalog.IsAllowListed"/> (built from every public property of a type).
    /// </summary>
    /// <value>
    /// The default value is <see langword="false"/>: such a catalog may expose fields no tenant should
    /// test (a password hash, an internal flag), so reading is refused. Set it only for documents you
    /// wrote yourself; for tenant documents build the catalog with an allow-list.
    /// </value>
    public bool AllowCatalogWithoutAllowList { get; init; }

    /// <summary>Gets the largest document accepted, in UTF-8 bytes.</summary>
    /// <value>The default value is 1,048,576 (1 MiB).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative, or so large that one more byte overflows.</exception>
    public int MaxDocumentBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            ArgumentOutOfRangeException.ThrowIfEqual(value, int.MaxValue);
            field = value;
        }
    } = SerializationConstants.DefaultMaxDocumentBytes;
}
