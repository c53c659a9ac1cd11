namespace Segmentation.Dsl;

/// <summary>A field selection that knows its place in the definition being built (see <see cref="DslLocation"/>).</summary>
internal interface ILocatedSelection
{
    /// <summary>Gets the location of the criterion the selection will add, e.g. <c>VIP &gt; criterion 2 (birthDate)</c>.</summary>
    string Location { get; }
}
