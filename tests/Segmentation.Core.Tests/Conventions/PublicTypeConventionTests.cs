using System.Reflection;

namespace Segmentation.Tests.Conventions;

/// <summary>Design rules of the house style, checked over every public type of the package.</summary>
public sealed class PublicTypeConventionTests
{
    private static readonly Type[] PublicTypes = typeof(SegmentationException).Assembly
        .GetExportedTypes()
        .ToArray();

    [Fact]
    public void PublicClasses_AreSealedAbstractStaticOrExceptions()
    {
        var offenders = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, "Unsealed public classes: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicTypes_LiveInTheSegmentationNamespace()
    {
        Assert.NotEmpty(PublicTypes);
        var offenders = PublicTypes
            .Where(t => t.Namespace is null || !(t.Namespace == "Segmentation" || t.Namespace.StartsWith("Segmentation.", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, "Types outside Segmentation.*: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicExceptions_DeriveFromSegmentationException()
    {
        var offenders = PublicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(SegmentationException).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToArray();

        Assert.True(offenders.Length == 0, "Exceptions outside the library's hierarchy: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOutsideBuildersAndOptions()
    {
        var offenders = PublicTypes
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => t.Name + "." + p.Name))
            .ToArray();

        Assert.True(offenders.Length == 0, "Mutable public properties: " + string.Join(", ", offenders));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
}
