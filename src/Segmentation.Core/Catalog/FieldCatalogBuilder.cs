using System.Linq.Expressions;
using System.Reflection;

namespace Segmentation.Catalog;

/// <summary>Builds a <see cref="FieldCatalog"/> for <typeparamref name="T"/>, field by field or from its properties.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <remarks>Not thread-safe; <see cref="Build"/> returns an immutable catalog.</remarks>
public sealed partial class FieldCatalogBuilder<T>
{
    private readonly List<CatalogField> _fields = [];
    private readonly List<CustomCriterionDefinition> _criteria = [];

    internal FieldCatalogBuilder()
    {
    }

    /// <summary>Adds a scalar, enum or string-set field read by a member selector.</summary>
    /// <typeparam name="TValue">The property type.</typeparam>
    /// <param name="selector">A chain of public properties, e.g. <c>c =&gt; c.Address.City</c>.</param>
    /// <param name="name">The field name; by default the camel-cased, dotted property path.</param>
    /// <param name="displayName">The name shown to people; by default the property name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The selector is not a property chain or its type cannot be a field.</exception>
    public FieldCatalogBuilder<T> Add<TValue>(Expression<Func<T, TValue>> selector, string? name = null, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var chain = PropertyChain.FromSelector(selector);
        var kind = ClrFieldTypes.ScalarKind(chain[^1].PropertyType)
            ?? throw new ArgumentException($"{chain[^1].PropertyType.Name} cannot be a field; use AddCollection for collections of records.", nameof(selector));
        return AddField(chain, kind, name ?? DefaultName(chain, FieldNaming.CamelCase), displayName ?? chain[^1].Name, null);
    }

    /// <summary>Adds a child collection (orders, events) whose element fields aggregates can use.</summary>
    /// <typeparam name="TElement">The element type.</typeparam>
    /// <param name="selector">A chain of public properties reaching the collection.</param>
    /// <param name="elements">Describes the element catalog; by default all public properties of <typeparamref name="TElement"/>.</param>
    /// <param name="name">The field name; by default the camel-cased property path.</param>
    /// <param name="displayName">The name shown to people; by default the property name.</param>
    /// <returns>This builder.</returns>
    public FieldCatalogBuilder<T> AddCollection<TElement>(
        Expression<Func<T, IEnumerable<TElement>?>> selector,
        Action<FieldCatalogBuilder<TElement>>? elements = null,
        string? name = null,
        string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var chain = PropertyChain.FromSelector(selector);
        var builder = new FieldCatalogBuilder<TElement>();
        if (elements is null)
        {
            builder.AddPublicProperties();
        }
        else
        {
            elements(builder);
        }

        var elementCatalog = builder.Build();
        NoteCollection(elementCatalog);
        return AddField(chain, FieldKind.Collection, name ?? DefaultName(chain, FieldNaming.CamelCase), displayName ?? chain[^1].Name, elementCatalog);
    }

    /// <summary>Adds a registered custom criterion.</summary>
    /// <param name="criterion">The criterion; its name must be unique in the catalog.</param>
    /// <returns>This builder.</returns>
    public FieldCatalogBuilder<T> AddCriterion(CustomCriterionDefinition criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (!criterion.RecordType.IsAssignableFrom(typeof(T)))
        {
            throw new SegmentationException($"The criterion '{criterion.Name}' is written for {criterion.RecordType.Name}, not {typeof(T).Name}.", criterion.Name);
        }

        if (_criteria.Any(c => string.Equals(c.Name, criterion.Name, StringComparison.Ordinal)))
        {
            throw new SegmentationException($"A criterion named '{criterion.Name}' is registered already. Give each criterion a unique name.", criterion.Name);
        }

        _criteria.Add(criterion);
        return this;
    }

    /// <summary>Builds the immutable catalog.</summary>
    /// <returns>The catalog.</returns>
    public FieldCatalog Build() => new(typeof(T), Classify(_fields), [.. _criteria], IsAllowListed);

    private FieldCatalogBuilder<T> AddField(IReadOnlyList<PropertyInfo> chain, FieldKind kind, string name, string displayName, FieldCatalog? elements)
    {
        var type = PropertyChain.ResultType(chain);
        var core = Nullable.GetUnderlyingType(type) ?? type;
        IReadOnlyList<string>? allowed = core.IsEnum ? Enum.GetNames(core) : null;
        return Add(new CatalogField(name, displayName, kind, type, PropertyChain.Accessor(chain), elements, allowed, PropertyChain.PathOf(chain)));
    }

    private FieldCatalogBuilder<T> Add(CatalogField field)
    {
        if (_fields.Any(f => string.Equals(f.Name, field.Name, StringComparison.Ordinal)))
        {
            throw new SegmentationException($"The catalog has a field named '{field.Name}' already. Give each field a unique name.", field.Name);
        }

        _fields.Add(field);
        return this;
    }

    private static string DefaultName(IEnumerable<PropertyInfo> chain, FieldNaming naming) =>
        string.Join('.', chain.Select(p => Rename(p.Name, naming)));

    private static string Rename(string name, FieldNaming naming) =>
        naming == FieldNaming.AsDeclared || name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
