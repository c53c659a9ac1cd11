namespace Segmentation.Cli.Input;

/// <summary>A customer's order id as a place in the file's bytes (the fast path's distinct-order set).</summary>
internal readonly record struct OrderKey(int Customer, int Start, int Length);
