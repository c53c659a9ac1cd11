namespace Segmentation.Cli.Input;

/// <summary>A column of an activity file: its header name, the option that renames it (if any) and whether the file must have it.</summary>
internal readonly record struct ActivityColumn(string Name, string? Option, bool Required);
