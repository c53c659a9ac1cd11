using System.Linq.Expressions;
using Segmentation.Catalog;
using Segmentation.Definitions;

namespace Segmentation.Compilation;

/// <summary>Age bands and radius tests: plain comparisons and arithmetic, translatable by LINQ providers.</summary>
internal sealed partial class ExpressionWalker
{
    private static readonly System.Reflection.MethodInfo Sin = typeof(Math).GetMethod(nameof(Math.Sin), [typeof(double)])!;
    private static readonly System.Reflection.MethodInfo Cos = typeof(Math).GetMethod(nameof(Math.Cos), [typeof(double)])!;

    private Expression Age(AgeCriterion node, Expression record, FieldCatalog catalog)
    {
        var field = Use(catalog, node.Field);
        var access = field.Access(record);
        var core = CoreType(access.Type);
        _shape.Append("age(").Append(field.Name);
        var result = WhenPresent(access, v =>
        {
            // At least min years old: born before the day after the min-th birthday's date.
            Expression? test = node.MinYears is { } min ? Expression.LessThan(v, AgeSlot(min, core)) : null;
            if (node.MaxYears is { } max)
            {
                // At most max years old: not yet max + 1.
                var young = Expression.GreaterThanOrEqual(v, AgeSlot(max + 1, core));
                test = test is null ? young : Expression.AndAlso(test, young);
            }

            return test!;
        });
        _shape.Append(node.MinYears is null ? " -" : " min").Append(node.MaxYears is null ? " -)" : " max)");
        return result;
    }

    private Expression AgeSlot(int years, Type core)
    {
        _shape.Append("$age");
        return Read(Slots.AddComputed(asOf => AgeBounds.ToFieldType(AgeBounds.BornBefore(asOf, years), core)), core);
    }

    private Expression GeoRadius(GeoRadiusCriterion node, Expression record, FieldCatalog catalog)
    {
        var latitudeField = Use(catalog, node.LatitudeField);
        var longitudeField = Use(catalog, node.LongitudeField);
        var geometry = GeoGeometry.For(node);
        _shape.Append("geo(").Append(latitudeField.Name).Append(' ').Append(longitudeField.Name).Append(geometry.HasLongitudeBox ? " box" : " band");
        var result = WhenPresent(latitudeField.Access(record), latitude => WhenPresent(longitudeField.Access(record), longitude =>
            Within(ToDouble(latitude), ToDouble(longitude), geometry)));
        _shape.Append(')');
        return result;
    }

    /// <summary>The bounding box, then the haversine test against its limit (no asin or square root needed).</summary>
    private BinaryExpression Within(Expression latitude, Expression longitude, GeoGeometry g)
    {
        var box = Expression.AndAlso(
            Expression.GreaterThanOrEqual(latitude, Slot(g.MinLatitude, typeof(double))),
            Expression.LessThanOrEqual(latitude, Slot(g.MaxLatitude, typeof(double))));
        if (g.HasLongitudeBox)
        {
            box = Expression.AndAlso(box, Expression.AndAlso(
                Expression.GreaterThanOrEqual(longitude, Slot(g.MinLongitude, typeof(double))),
                Expression.LessThanOrEqual(longitude, Slot(g.MaxLongitude, typeof(double)))));
        }

        var radians = Expression.Constant(GeoGeometry.DegreesToRadians);
        var half = Expression.Constant(0.5);
        var latitudeRadians = Expression.Multiply(latitude, radians);
        var sinLatitude = Expression.Call(Sin, Expression.Multiply(Expression.Subtract(latitudeRadians, Slot(g.CenterLatitudeRadians, typeof(double))), half));
        var sinLongitude = Expression.Call(Sin, Expression.Multiply(Expression.Subtract(Expression.Multiply(longitude, radians), Slot(g.CenterLongitudeRadians, typeof(double))), half));
        var haversine = Expression.Add(
            Expression.Multiply(sinLatitude, sinLatitude),
            Expression.Multiply(Expression.Multiply(Expression.Multiply(Slot(g.CosCenterLatitude, typeof(double)), Expression.Call(Cos, latitudeRadians)), sinLongitude), sinLongitude));
        return Expression.AndAlso(box, Expression.LessThanOrEqual(haversine, Slot(g.MaxHaversine, typeof(double))));
    }

    private static Expression ToDouble(Expression value) => value.Type == typeof(double) ? value : Expression.Convert(value, typeof(double));

    /// <summary>The observed value of an age band: the age in whole years on the as-of date.</summary>
    internal Expression AgeValue(AgeCriterion node, Expression record, FieldCatalog catalog)
    {
        var access = Use(catalog, node.Field).Access(record);
        var asOfDate = Read(Slots.AddComputed(asOf => AgeBounds.AsOfDate(asOf)), typeof(DateOnly));
        return Expression.Call(typeof(AgeBounds).GetMethod(nameof(AgeBounds.Years), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!, Expression.Convert(access, typeof(object)), asOfDate);
    }

    /// <summary>The observed value of a radius test: the distance in kilometres.</summary>
    internal static Expression DistanceValue(GeoRadiusCriterion node, Expression record, FieldCatalog catalog) => Expression.Call(
        typeof(GeoGeometry).GetMethod(nameof(GeoGeometry.DistanceKm), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!,
        Expression.Convert(FieldOf(catalog, node.LatitudeField).Access(record), typeof(double?)),
        Expression.Convert(FieldOf(catalog, node.LongitudeField).Access(record), typeof(double?)),
        Expression.Constant(node.Latitude),
        Expression.Constant(node.Longitude));
}
