using BeschermdThuis.Matching.Application;
using BeschermdThuis.Matching.Domain.Common;
using BeschermdThuis.Matching.Domain.Repositories;

namespace BeschermdThuis.Matching.Cli.Proposals;

/// <summary>
/// The application's refusals as the command line reports them: one line on standard error and an exit code, never a
/// stack trace. 2: bad input (a field, an option, an unknown reason code), nothing changed; 1: refused by the stored
/// state (an illegal move, a missing proposal, an id already taken, a party without the right, a concurrent change).
/// </summary>
internal static class CommandErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (DomainValidationException e)
        {
            foreach (var v in e.Violations)
            {
                Console.Error.WriteLine(v.Field.Length > 0 ? $"{v.Field}: {v.Description}" : v.Description);
            }
            return 2;
        }
        catch (CommandFailedException e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is FailedPreconditionException or NotFoundException or PermissionDeniedException or AbortedException
            or AlreadyExistsException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
