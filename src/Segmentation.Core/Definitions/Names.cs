namespace Segmentation.Definitions;

/// <summary>Argument checks shared by the criteria constructors; the rules themselves are in <see cref="DefinitionRules"/>.</summary>
internal static class Names
{
    /// <summary>Checks a name given to a constructor: <see langword="null"/> is an <see cref="ArgumentNullException"/>, a blank or too long name a <see cref="Binding.DefinitionException"/> at <c>owner(part)</c>.</summary>
    internal static string Field(string name, string owner, string part = "field", string what = "a field name")
    {
        ArgumentNullException.ThrowIfNull(name, part);
        return DefinitionRules.Name(name, part, what) is { } violation ? throw violation.InCode(owner) : name;
    }

    internal static TEnum Defined<TEnum>(TEnum value, string owner, string part)
        where TEnum : struct, Enum =>
        DefinitionRules.Defined(value, part) is { } violation ? throw violation.InCode(owner) : value;

    internal static void Check(RuleViolation? violation, string owner)
    {
        if (violation is { } v)
        {
            throw v.InCode(owner);
        }
    }
}
