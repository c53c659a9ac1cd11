using System.Linq.Expressions;

namespace Segmentation.Evaluation;

/// <summary>Negates a predicate expression, keeping its single parameter.</summary>
internal static class Negation
{
    internal static Expression<Func<T, bool>> Of<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
