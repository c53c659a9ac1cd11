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

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind})";
}
