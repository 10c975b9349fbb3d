// ServiceAdKind::Validate and the services-ad helpers (option lists, ToDraft, SearchText).
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/services/service_ad.hpp"

namespace ejob::domain {
namespace {

constexpr const char* kToday = "2026-11-29";
const std::string kStem = "0123456789abcdef0123456789abcdef";

ServiceAdDraft Valid() {
    ServiceAdDraft d;
    d.title = "Mənzil təmiri və boya işləri";
    d.category = "repair";
    d.description = "Mənzillərin təmiri, divarların rənglənməsi, kafel döşənməsi. 10 illik təcrübə.";
    d.price_type = "from";
    d.price = "15";
    d.price_unit = "hour";
    d.city = "baku";
    d.service_area = "Nəsimi, Yasamal, Nərimanov";
    d.contact_name = "Elçin";
    d.phone = "+994 55 765 43 21";
    d.whatsapp = true;
    return d;
}

std::vector<std::string> Fields(const Result<ServiceAdContent>& r) {
    std::vector<std::string> out;
    if (!r.ok())
        for (const auto& e : r.error().fields) out.push_back(e.field);
    return out;
}

std::vector<std::string> FieldsOf(const ServiceAdDraft& d) {
    return Fields(ServiceAdKind::Validate(d, kToday));
}

std::vector<std::string> Codes(const std::vector<Option>& options) {
    std::vector<std::string> out;
    for (const auto& o : options) out.emplace_back(o.code);
    return out;
}

TEST(ServiceCatalog, OptionLists) {
    EXPECT_EQ(Codes(ServiceCategories()), (std::vector<std::string>{"repair", "tutoring", "beauty", "transport",
                                                                    "it_design", "household", "handmade", "other"}));
    EXPECT_EQ(ServiceCategories().front().name, "Repair and construction");
    EXPECT_EQ(Codes(PriceTypes()), (std::vector<std::string>{"fixed", "from", "negotiable"}));
    EXPECT_EQ(PriceTypes()[2].name, "Negotiable");
    EXPECT_EQ(Codes(PriceUnits()), (std::vector<std::string>{"hour", "job", "month"}));
    EXPECT_EQ(PriceUnits()[0].name, "per hour");
}

TEST(ValidateServiceAd, AcceptsACompleteAd) {
    auto r = ServiceAdKind::Validate(Valid(), kToday);
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Fields(r));
    EXPECT_EQ(r->price, 1500);
    EXPECT_EQ(r->price_type, "from");
    EXPECT_EQ(r->price_unit, "hour");
    EXPECT_TRUE(r->whatsapp);
    EXPECT_EQ(r->privacy, ContactVisibility::Everyone);
    EXPECT_EQ(ServiceAdKind::Title(*r), "Mənzil təmiri və boya işləri");
    EXPECT_EQ(ServiceAdKind::Subtitle(*r), "Elçin");
}

TEST(ValidateServiceAd, RequiredFieldsAreNamed) {
    ServiceAdDraft empty;  // price type defaults to negotiable: no price needed
    EXPECT_EQ(FieldsOf(empty),
              (std::vector<std::string>{"title", "category", "description", "city", "contact_name", "phone"}));
    empty.price_type = "";
    auto f = FieldsOf(empty);
    EXPECT_NE(std::find(f.begin(), f.end(), "price_type"), f.end());
}

TEST(ValidateServiceAd, Lengths) {
    auto d = Valid();
    d.title = std::string(101, 'a');
    d.description = std::string(5001, 'b');
    d.service_area = std::string(201, 'c');
    d.contact_name = std::string(61, 'd');
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"title", "description", "service_area", "contact_name"}));
    d.title = std::string(100, 'a');
    d.description = std::string(5000, 'b');
    d.service_area = std::string(200, 'c');
    d.contact_name = std::string(60, 'd');
    EXPECT_TRUE(ServiceAdKind::Validate(d, kToday).ok());
}

TEST(ValidateServiceAd, OptionsComeFromTheLists) {
    auto d = Valid();
    d.category = "finance";  // a vacancy category, not a services one
    d.price_type = "free";
    d.city = "moscow";
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"category", "price_type", "city"}));
}

TEST(ValidateServiceAd, FixedAndFromPricesNeedAnAmountAndAUnit) {
    for (std::string type : {"fixed", "from"}) {
        auto d = Valid();
        d.price_type = type;
        d.price = "";
        d.price_unit = "";
        EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"price", "price_unit"})) << type;
        d.price_unit = "week";
        d.price = "80";
        EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"price_unit"}) << type;
        d.price_unit = "job";
        for (std::string bad : {"cheap", "0.50", "100001", "12.345"}) {
            d.price = bad;
            EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"price"}) << bad;
        }
        for (std::string ok : {"1", "100000", "1 250,50"}) {
            d.price = ok;
            EXPECT_TRUE(ServiceAdKind::Validate(d, kToday).ok()) << ok;
        }
    }
}

TEST(ValidateServiceAd, NegotiableClearsThePriceAndTheUnitIsOptional) {
    auto d = Valid();
    d.price_type = "negotiable";
    d.price = "50";
    d.price_unit = "";
    auto r = ServiceAdKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->price.has_value());
    EXPECT_EQ(r->price_unit, "");
    d.price = "whatever";  // ignored, not an error
    d.price_unit = "month";
    r = ServiceAdKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->price.has_value());
    EXPECT_EQ(r->price_unit, "month");
    d.price_unit = "year";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"price_unit"});
}

TEST(ValidateServiceAd, NoShoutingAndNoContactsInText) {
    auto d = Valid();
    d.title = "TƏMİR İŞLƏRİ UCUZ";
    d.description = "Ətraflı: www.temir.az";
    d.service_area = "Zəng: 055 765 43 21";
    d.contact_name = "elcin@temir.az";
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"title", "description", "service_area", "contact_name"}));
    d = Valid();
    d.description = "BÜTÜN NÖV TƏMİR İŞLƏRİ GÖRÜLÜR";
    auto r = ServiceAdKind::Validate(d, kToday);
    ASSERT_EQ(Fields(r), std::vector<std::string>{"description"});
    EXPECT_EQ(r.error().fields[0].message, "Please do not write in capital letters.");
}

TEST(ValidateServiceAd, ContactsAsForVacancies) {
    auto d = Valid();
    d.phone = "";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"phone"});
    d.email = "elcin@example.az";
    auto r = ServiceAdKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->whatsapp);  // WhatsApp needs a phone number
    d.phone = "12";
    d.email = "elcin@";
    EXPECT_EQ(FieldsOf(d), (std::vector<std::string>{"phone", "email"}));
    d = Valid();
    d.owner_email = "nope";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"owner_email"});
}

TEST(ValidateServiceAd, PrivacyIsEveryoneOrSignedInOnly) {
    auto d = Valid();
    d.privacy = "";
    EXPECT_EQ(ServiceAdKind::Validate(d, kToday)->privacy, ContactVisibility::Everyone);
    d.privacy = "signed_in";
    EXPECT_EQ(ServiceAdKind::Validate(d, kToday)->privacy, ContactVisibility::SignedIn);
    for (std::string bad : {"anonymous", "nobody"}) {
        d.privacy = bad;
        auto r = ServiceAdKind::Validate(d, kToday);
        ASSERT_EQ(Fields(r), std::vector<std::string>{"privacy"}) << bad;
        EXPECT_EQ(r.error().fields[0].message, "Choose who may see your contacts.");
    }
}

TEST(ValidateServiceAd, AtMostEightValidPhotoStems) {
    auto d = Valid();
    d.photos.assign(8, kStem);
    auto r = ServiceAdKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->photos.size(), 8u);
    d.photos.assign(9, kStem);
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"photo"});
    d.photos = {kStem, "../x"};
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"photo"});
}

TEST(ServiceAd, SearchTextHasNoContacts) {
    auto d = Valid();
    d.email = "elcin@example.az";
    auto content = ServiceAdKind::Validate(d, kToday).value();
    std::string text = SearchText(content);
    EXPECT_NE(text.find("menzil temiri"), std::string::npos);
    EXPECT_NE(text.find("kafel"), std::string::npos);
    EXPECT_NE(text.find("yasamal"), std::string::npos);
    EXPECT_EQ(text.find("765"), std::string::npos);
    EXPECT_EQ(text.find("example"), std::string::npos);
    EXPECT_EQ(text.find("elcin"), std::string::npos);
}

TEST(ServiceAd, ToDraftGivesBackWhatValidates) {
    auto d = Valid();
    d.price = "12.5";
    d.privacy = "signed_in";
    d.photos = {kStem};
    auto content = ServiceAdKind::Validate(d, kToday).value();
    auto back = ServiceAdKind::ToDraft(content);
    EXPECT_EQ(back.price, "12.50");
    EXPECT_EQ(back.privacy, "signed_in");
    auto again = ServiceAdKind::Validate(back, kToday);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->price, 1250);
    EXPECT_EQ(again->price_unit, "hour");
    EXPECT_TRUE(again->whatsapp);
    EXPECT_EQ(again->photos, content.photos);
    EXPECT_EQ(again->service_area, content.service_area);
}

TEST(ValidateServiceAd, TitleAndNameLoseInvisibleFormatting) {
    auto d = Valid();
    d.title = "Santexnik\u202E xidməti\u200B";
    d.contact_name = "\uFEFFElvin\u200F";
    auto r = ServiceAdKind::Validate(d, kToday);
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(Fields(r));
    EXPECT_EQ(r->title, "Santexnik xidməti");
    EXPECT_EQ(r->contact_name, "Elvin");
    d = Valid();
    d.email = "elvin@usta?.az";
    EXPECT_EQ(FieldsOf(d), std::vector<std::string>{"email"});
}

}  // namespace
}  // namespace ejob::domain
