using System.Linq.Expressions;

namespace Segmentation.Catalog;

/// <summary>A field a segment definition may name: its name, display name, kind and how it is read.</summary>
/// <remarks>Immutable and thread-safe. Fields are created by a <see cref="FieldCatalog"/>, never by definitions.</remarks>
public sealed class CatalogField
{
    internal CatalogField(
        string name,
        string displayName,
        FieldKind kind,
        Type clrType,
        Func<Expression, Expression> access,
        FieldCatalog? elementCatalog = null,
        IReadOnlyList<string>? allowedValues = null,
        string? memberPath = null)
    {
        MemberPath = memberPath;
        Name = name;
        DisplayName = displayName;
        Kind = kind;
        ClrType = clrType;
        Access = access;
        ElementCatalog = elementCatalog;
        AllowedValues = allowedValues;
    }

    /// <summary>Gets the name definitions use, e.g. <c>country</c> or <c>address.city</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the name shown to people, e.g. <c>Country</c>.</summary>
    public string DisplayName { get; }

    /// <summary>Gets what the field holds.</summary>
    public FieldKind Kind { get; }

    /// <summary>Gets the CLR type of the value that <see cref="Access"/> produces (nullable where the value can be missing).</summary>
    public Type ClrType { get; }

    /// <summary>Gets a value indicating whether the field's value can be missing.</summary>
    public bool IsNullable => !ClrType.IsValueType || Nullable.GetUnderlyingType(ClrType) is not null;

    /// <summary>Gets the catalog of the elements of a <see cref="FieldKind.Collection"/> field; otherwise <see langword="null"/>.</summary>
    public FieldCatalog? ElementCatalog { get; }

    /// <summary>Gets the only values a <see cref="FieldKind.String"/> field can take (an enum's member names), or <see langword="null"/> when any string can occur.</summary>
    public IReadOnlyList<string>? AllowedValues { get; }

    /// <summary>Gets the builder of the expression that reads the field from the record (or element) expression.</summary>
    internal Func<Expression, Expression> Access { get; }

    /// <summary>Gets the CLR property path the field reads (<c>Address.City</c>), or <see langword="null"/> for custom fields; lets member selectors find their field.</summary>
    internal string? MemberPath { get; }

    /// <summary>Gets how much the field's values say about a person.</summary>
    /// <value><see cref="FieldClassification.None"/> unless an attribute, the catalog builder or the custom-field schema classified it.</value>
    public FieldClassification Classification { get; private init; }

    /// <summary>Gets a value indicating whether the field's values are redacted wherever the library shows values.</summary>
    public bool IsClassified => Classification != FieldClassification.None;

    /// <summary>Gets a value indicating whether definitions may apply value-revealing operators (text prefix/suffix/contains, ordering on identifiers) to this classified field.</summary>
    /// <value><see langword="false"/> unless the catalog allows it for this field.</value>
    public bool AllowsRevealingOperators { get; private init; }

    /// <summary>Gets where the field's values come from, for example the model that predicted them; explanations show it beside the value.</summary>
    /// <value><see langword="null"/> unless the custom-field schema gave one (<see cref="CustomFieldDefinition.Source"/>).</value>
    public string? Source { get; private init; }

    /// <summary>Gets a value indicating whether a database can read the field: <see langword="false"/> for custom fields read through a value accessor in memory (predicted fields among them).</summary>
    /// <value><see langword="true"/> for properties and for custom fields read by expressions the caller builds; a segment that reads a field that is not translatable cannot be run by a LINQ provider.</value>
    public bool IsTranslatable { get; private init; } = true;

    /// <summary>The text shown instead of a classified field's value: <c>[redacted]</c>.</summary>
    public const string RedactedMarker = "[redacted]";

    /// <inheritdoc />
    public override string ToString() => IsClassified ? $"{Name} ({Kind}, {Classification})" : $"{Name} ({Kind})";

    /// <summary>Returns a copy of the field with another classification.</summary>
    internal CatalogField Classified(FieldClassification classification, bool allowRevealingOperators) =>
        new(Name, DisplayName, Kind, ClrType, Access, ElementCatalog, AllowedValues, MemberPath)
        {
            Classification = classification,
            AllowsRevealingOperators = allowRevealingOperators,
            Source = Source,
            IsTranslatable = IsTranslatable,
        };

    /// <summary>Returns a copy of the field that says where its values come from and whether a database can read it.</summary>
    internal CatalogField WithOrigin(string? source, bool translatable) =>
        new(Name, DisplayName, Kind, ClrType, Access, ElementCatalog, AllowedValues, MemberPath)
        {
            Classification = Classification,
            AllowsRevealingOperators = AllowsRevealingOperators,
            Source = source,
            IsTranslatable = translatable,
        };

    /// <summary>Returns a copy of a collection field whose element catalog is replaced.</summary>
    internal CatalogField WithElements(FieldCatalog elements) =>
        new(Name, DisplayName, Kind, ClrType, Access, elements, AllowedValues, MemberPath)
        {
            Classification = Classification,
            AllowsRevealingOperators = AllowsRevealingOperators,
            Source = Source,
            IsTranslatable = IsTranslatable,
        };
}
