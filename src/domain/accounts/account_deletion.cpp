#include "domain/accounts/account_deletion.hpp"

namespace ejob::domain {

Result<Unit> AccountDeletion::CarryOut(std::int64_t admin_id, std::int64_t request_id) {
    auto request = requests_.ForDeletion(request_id);
    if (!request) return request.error();
    auto deleted = Delete(admin_id, request->account_id);
    if (!deleted && deleted.error().code != ErrorCode::NotFound) return deleted;
    return Unit{};  // an account already gone has nothing more to delete
}

// The one way an account is deleted.
Result<Unit> AccountDeletion::Delete(std::int64_t admin_id, std::int64_t account_id) {
    std::vector<std::string> files;
    bool held = false;
    unit_.Atomically([&] {
        files.clear();  // a retried transaction starts again
        held = accounts_.Hold(account_id);
        if (!held) return;
        for (const auto& item : owners_.OwnedBy(account_id))
            kinds_.Visit(item.kind, [&]<PublicationKind Kind>(PublicationService<Kind>& service) {
                auto gone = service.DeleteStored(admin_id, item.id);
                if (gone) files.insert(files.end(), gone->begin(), gone->end());
            });
        accounts_.Delete(account_id);
    });
    if (!held) return Error::Of(ErrorCode::NotFound);
    photos_.Remove(files);
    return Unit{};
}

}  // namespace ejob::domain
