using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Segmentation.Catalog;
using Segmentation.Definitions;
using Segmentation.Dsl;

namespace Segmentation.DependencyInjection;

/// <summary>Collects the catalogs, custom criteria and definitions of <c>AddSegmentation</c>.</summary>
/// <remarks>Used only inside the <c>AddSegmentation</c> callback; not thread-safe.</remarks>
public sealed class SegmentationBuilder
{
    private readonly SegmentationRegistry _registry;

    internal SegmentationBuilder(IServiceCollection services, SegmentationRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    /// <summary>Gets the service collection, for registering what criteria depend on.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers the catalog of all public properties of <typeparamref name="TRecord"/>.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="SegmentationException">A catalog of that type is registered already.</exception>
    public SegmentationBuilder AddCatalog<TRecord>() => AddCatalog<TRecord>(() => FieldCatalog.FromType<TRecord>());

    /// <summary>Registers a catalog of <typeparamref name="TRecord"/> scanned with options (allow-list, exclusions, names).</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="configure">The scan options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="SegmentationException">A catalog of that type is registered already.</exception>
    public SegmentationBuilder AddCatalog<TRecord>(Action<TypeScanOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddCatalog<TRecord>(() => FieldCatalog.FromType<TRecord>(configure));
    }

    /// <summary>Registers a ready catalog of <typeparamref name="TRecord"/>.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="catalog">The catalog; registered criteria are added to it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="SegmentationException">The catalog describes another type, or a catalog of that type is registered already.</exception>
    public SegmentationBuilder AddCatalog<TRecord>(FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.RecordType != typeof(TRecord))
        {
            throw new SegmentationException($"The catalog describes {catalog.RecordType.Name}, not {typeof(TRecord).Name}. Register it as AddCatalog<{catalog.RecordType.Name}>.", typeof(TRecord).Name);
        }

        return AddCatalog<TRecord>(() => catalog);
    }

    /// <summary>Registers a custom criterion on the catalog of its record type.</summary>
    /// <param name="criterion">A <see cref="TranslatableCriterion{TRecord}"/> (runs in memory and in a database) or an <see cref="InMemoryCriterion{TRecord}"/> (in memory only, possibly async).</param>
    /// <returns>This builder.</returns>
    public SegmentationBuilder AddCriterion(CustomCriterionDefinition criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        _registry.Criteria.Add(criterion);
        return this;
    }

    /// <summary>Registers a custom criterion implemented as a class resolved from the container (a singleton), so it can take services.</summary>
    /// <typeparam name="TSource">The class exposing the criterion.</typeparam>
    /// <returns>This builder.</returns>
    public SegmentationBuilder AddCriterion<TSource>()
        where TSource : class, ICriterionSource
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICriterionSource, TSource>());
        return this;
    }

    /// <summary>Registers a named definition over <typeparamref name="TRecord"/>.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="definition">The definition; validated against the catalog when the provider is resolved.</param>
    /// <returns>This builder.</returns>
    public SegmentationBuilder AddDefinition<TRecord>(SegmentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return AddDefinitions<TRecord>((_, _) => [definition]);
    }

    /// <summary>Registers a definition written with the fluent DSL against the registered catalog (custom criteria included).</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="name">The segment name.</param>
    /// <param name="define">Writes the criteria, e.g. <c>s =&gt; s.Where(c =&gt; c.Country).In("US", "CA")</c>.</param>
    /// <returns>This builder.</returns>
    public SegmentationBuilder AddDefinition<TRecord>(string name, Func<SegmentBuilder<TRecord>, SegmentChain<TRecord>> define)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(define);
        return AddDefinitions<TRecord>((_, catalog) => [define(Segment.For<TRecord>(name, catalog)).Build()]);
    }

    /// <summary>Registers definitions produced when the provider is first resolved, e.g. read from a database or JSON files.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="factory">Produces the definitions from the services and the registered catalog.</param>
    /// <returns>This builder.</returns>
    public SegmentationBuilder AddDefinitions<TRecord>(Func<IServiceProvider, FieldCatalog, IEnumerable<SegmentDefinition>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _registry.Definitions.Add((typeof(TRecord), factory));
        return this;
    }

    private SegmentationBuilder AddCatalog<TRecord>(Func<FieldCatalog> create)
    {
        if (_registry.Catalogs.Any(c => c.RecordType == typeof(TRecord)))
        {
            throw new SegmentationException($"A catalog of {typeof(TRecord).Name} is registered already. Register one catalog per record type.", typeof(TRecord).Name);
        }

        _registry.Catalogs.Add((typeof(TRecord), create));
        var registry = _registry;
        Services.TryAddSingleton<ISegmentDefinitionProvider<TRecord>>(sp =>
        {
            var catalog = sp.GetRequiredService<ISegmentCatalogProvider>().GetCatalog<TRecord>();
            return new SegmentDefinitionProvider<TRecord>(catalog, registry.DefinitionsFor<TRecord>(sp, catalog));
        });
        return this;
    }
}
