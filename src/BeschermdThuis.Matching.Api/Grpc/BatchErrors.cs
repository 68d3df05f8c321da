using BeschermdThuis.Matching.Application.Batches;
using BeschermdThuis.Matching.Domain.Common;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace BeschermdThuis.Matching.Api.Grpc;

/// <summary>
/// Names the items of a batch call as the request does: a wrong item's violations become field violations under
/// <c>requests[i]</c> (or <c>names[i]</c>), and items the stored state refuses a FAILED_PRECONDITION whose
/// PreconditionFailure names each of them. Both stay as small as any other error (<see cref="BoundedViolations"/>).
/// </summary>
public static class BatchErrors
{
    /// <summary>The name of item <paramref name="index"/> of a create or update batch.</summary>
    public static string Request(int index) => $"requests[{index}]";

    /// <summary>The name of item <paramref name="index"/> of a delete batch.</summary>
    public static string Name(int index) => $"names[{index}]";

    public static Task Named(Func<int, string> item, Func<Task> action) =>
        Named(item, async () =>
        {
            await action();
            return true;
        });

    public static async Task<T> Named<T>(Func<int, string> item, Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (BatchValidationException e)
        {
            throw e.ToFieldViolations(item);
        }
        catch (BatchPreconditionException e)
        {
            throw Refused(e, item);
        }
    }

    public static T NamedSync<T>(Func<int, string> item, Func<T> build) =>
        Named(item, () => Task.FromResult(build())).GetAwaiter().GetResult();

    /// <summary>Builds one item; the violations of its resource are put under <paramref name="field"/> (e.g. "unit").</summary>
    public static T Under<T>(string field, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainValidationException e)
        {
            throw e.WithFieldPrefix(field + ".");
        }
    }

    /// <summary>An item's own parent, when set, must be the batch's (AIP-233).</summary>
    public static void EnsureSameParent(string batchParent, string itemParent)
    {
        if (itemParent.Length > 0 && itemParent != batchParent)
        {
            throw new DomainValidationException("parent", $"must be empty or the batch's parent {FreeText.Quote(batchParent)}");
        }
    }

    private static RpcException Refused(BatchPreconditionException e, Func<int, string> item)
    {
        var failure = new PreconditionFailure();
        failure.Violations.AddRange(e.Refused.Take(BoundedViolations.MaxViolations).Select(r => new PreconditionFailure.Types.Violation
        {
            Type = "STATE",
            Subject = BoundedViolations.Cut(BatchValidationException.Join(item(r.Index), r.Violation.Field), BoundedViolations.MaxFieldLength),
            Description = BoundedViolations.Cut(r.Violation.Description, BoundedViolations.MaxDescriptionLength),
        }));
        return new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = BoundedViolations.Cut(e.Message, BoundedViolations.MaxDescriptionLength),
            Details = { Any.Pack(failure) },
        }.ToRpcException();
    }
}
