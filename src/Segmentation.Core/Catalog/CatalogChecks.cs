namespace Segmentation.Catalog;

/// <summary>Consistency checks on catalogs and criteria, raised while they are built.</summary>
internal static class CatalogChecks
{
    internal static void CriterionFits(FieldCatalog catalog, CustomCriterionDefinition criterion)
    {
        if (!criterion.RecordType.IsAssignableFrom(catalog.RecordType))
        {
            throw new SegmentationException(
                $"The criterion '{criterion.Name}' is written for {criterion.RecordType.Name}, but the catalog describes {catalog.RecordType.Name}. Register it on a catalog of its own record type.",
                criterion.Name);
        }

        if (catalog.FindCriterion(criterion.Name) is not null)
        {
            throw new SegmentationException(
                $"A criterion named '{criterion.Name}' is registered already. Give each criterion a unique name.",
                criterion.Name);
        }
    }

    internal static void ParametersAreDistinct(string criterion, IReadOnlyList<CriterionParameter> parameters)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(parameter.Name, nameof(parameters));
            if (!seen.Add(parameter.Name))
            {
                throw new ArgumentException($"The criterion '{criterion}' declares the parameter '{parameter.Name}' twice.", nameof(parameters));
            }
        }
    }
}
