using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Segmentation.DependencyInjection;

/// <summary>Registers Segmentation.Core with a service collection.</summary>
public static class SegmentationServiceCollectionExtensions
{
    /// <summary>
    /// Registers catalogs, custom criteria and named definitions, and the singletons
    /// <see cref="ISegmentCatalogProvider"/> and <see cref="ISegmentDefinitionProvider{TRecord}"/> (one per catalog).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds catalogs, criteria and definitions.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>May be called more than once; registrations add up. Everything is validated when the providers are first resolved.</remarks>
    public static IServiceCollection AddSegmentation(this IServiceCollection services, Action<SegmentationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(SegmentationRegistry))?.ImplementationInstance as SegmentationRegistry;
        if (registry is null)
        {
            registry = new SegmentationRegistry();
            services.AddSingleton(registry);
        }

        services.TryAddSingleton<ISegmentCatalogProvider>(sp => new SegmentCatalogProvider(registry, sp.GetServices<ICriterionSource>()));
        configure(new SegmentationBuilder(services, registry));
        return services;
    }
}
