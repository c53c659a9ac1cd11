using System.Linq.Expressions;
using Segmentation.Internal;

namespace Segmentation.Catalog;

/// <summary>Adding the custom fields of a tenant schema.</summary>
public sealed partial class FieldCatalogBuilder<T>
{
    /// <summary>
    /// Adds the fields of a custom-field schema, read through a dictionary-like accessor such as
    /// <c>(row, name) =&gt; row.Values[name]</c> (in memory; values are converted to the field's type).
    /// </summary>
    /// <remarks>
    /// Fields added this way are not translatable (<see cref="CatalogField.IsTranslatable"/>): a
    /// segment reading them runs in memory, and running it inside a database throws, naming them.
    /// </remarks>
    /// <param name="schema">The tenant's fields.</param>
    /// <param name="valueAccessor">Reads a field's boxed value (or <see langword="null"/>) from a row by name.</param>
    /// <returns>This builder.</returns>
    public FieldCatalogBuilder<T> AddCustomFields(CustomFieldSchema schema, Expression<Func<T, string, object?>> valueAccessor)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(valueAccessor);
        var classified = schema.Fields.Where(f => f.Classification != FieldClassification.None).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return AddCustomFields(schema, translatable: false, (row, name, _, kind) => Expression.Call(
            CustomFieldValues.ConverterFor(kind),
            ParameterReplacer.Inline(valueAccessor, row, Expression.Constant(name)),
            Expression.Constant(name),
            Expression.Constant(classified.Contains(name))));
    }

    /// <summary>
    /// Adds the fields of a custom-field schema, read by expressions the caller builds: the way to
    /// reach custom fields inside a database (for EF Core, <c>EF.Property&lt;TValue&gt;(row, name)</c>).
    /// </summary>
    /// <param name="schema">The tenant's fields.</param>
    /// <param name="accessFactory">Given the row expression, the field name and the CLR type to produce, returns the expression reading it.</param>
    /// <returns>This builder.</returns>
    public FieldCatalogBuilder<T> AddCustomFields(CustomFieldSchema schema, Func<Expression, string, Type, Expression> accessFactory)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(accessFactory);
        return AddCustomFields(schema, translatable: true, (row, name, type, _) => accessFactory(row, name, type));
    }

    private FieldCatalogBuilder<T> AddCustomFields(CustomFieldSchema schema, bool translatable, Func<Expression, string, Type, FieldKind, Expression> access)
    {
        foreach (var field in schema.Fields)
        {
            var type = CustomFieldSchema.ClrTypeOf(field.Kind);
            var name = field.Name;
            var kind = field.Kind;
            Add(new CatalogField(name, field.DisplayName ?? name, kind, type, row =>
            {
                var read = access(row, name, type, kind);
                return read.Type == type ? read : Expression.Convert(read, type);
            }).Classified(field.Classification, allowRevealingOperators: false).WithOrigin(field.Source, translatable));
        }

        return this;
    }
}
