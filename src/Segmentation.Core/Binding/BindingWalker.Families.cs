using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Binding;

/// <summary>Binding of the criteria the segmentation families need: age bands and radius tests.</summary>
internal sealed partial class BindingWalker
{
    private static AgeCriterion BindAge(AgeCriterion node, FieldCatalog catalog, string path)
    {
        var field = Field(catalog, node.Field, path + ".field");
        return OperatorRules.AllowsAge(field.Kind) ? node : throw NotAllowed(field, "an age band", path + ".kind");
    }

    private static GeoRadiusCriterion BindGeo(GeoRadiusCriterion node, FieldCatalog catalog, string path)
    {
        var latitude = Field(catalog, node.LatitudeField, path + ".latitudeField");
        if (!OperatorRules.AllowsGeo(latitude.Kind))
        {
            throw NotAllowed(latitude, "a latitude for geoRadius", path + ".latitudeField");
        }

        var longitude = Field(catalog, node.LongitudeField, path + ".longitudeField");
        return OperatorRules.AllowsGeo(longitude.Kind) ? node : throw NotAllowed(longitude, "a longitude for geoRadius", path + ".longitudeField");
    }
}
