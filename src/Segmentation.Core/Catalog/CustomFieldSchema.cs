namespace Segmentation.Catalog;

/// <summary>
/// The custom fields of a tenant: named, typed columns over a dictionary-like row, so that each CRM
/// tenant can segment on its own fields.
/// </summary>
/// <remarks>Immutable and thread-safe. Values are read as <see cref="bool"/>, <see cref="decimal"/>, <see cref="string"/>, <see cref="DateTimeOffset"/>, <see cref="DateOnly"/> or a string collection, all nullable.</remarks>
public sealed class CustomFieldSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="fields">The fields; names must be distinct.</param>
    /// <exception cref="SegmentationException">A name repeats, is blank, or a field is of the <see cref="FieldKind.Collection"/> kind.</exception>
    public CustomFieldSchema(IEnumerable<CustomFieldDefinition> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = [.. fields];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (string.IsNullOrWhiteSpace(field.Name) || !seen.Add(field.Name))
            {
                throw new SegmentationException($"Custom field names must be distinct and not blank; '{field.Name}' is not.", field.Name);
            }

            if (field.Kind == FieldKind.Collection || !Enum.IsDefined(field.Kind))
            {
                throw new SegmentationException($"The custom field '{field.Name}' has the kind {field.Kind}; custom fields hold booleans, numbers, strings, dates, date-times or string sets.", field.Name);
            }
        }
    }

    /// <summary>Gets the fields.</summary>
    public IReadOnlyList<CustomFieldDefinition> Fields { get; }

    /// <summary>The CLR type a custom field of a kind is read as.</summary>
    internal static Type ClrTypeOf(FieldKind kind) => kind switch
    {
        FieldKind.Boolean => typeof(bool?),
        FieldKind.Number => typeof(decimal?),
        FieldKind.String => typeof(string),
        FieldKind.DateTime => typeof(DateTimeOffset?),
        FieldKind.Date => typeof(DateOnly?),
        _ => typeof(IEnumerable<string>),
    };
}
