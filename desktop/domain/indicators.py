"""The indicators of the monthly report and the targets set against them (MISSION.md)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    """One indicator: its code, labels, and whether its target is a share or a count."""

    code: str
    vi: str
    en: str
    unit: str  # "percent" (a share of a denominator) or "count"

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


INDICATORS: dict[str, Indicator] = {i.code: i for i in (
    Indicator("households_visited", "Hộ gia đình được thăm", "Households visited", "percent"),
    Indicator("smartphone_adults", "Người trưởng thành có điện thoại thông minh",
              "Adults with a smartphone", "percent"),
    Indicator("eid_level2", "Người dân kích hoạt định danh điện tử mức 2",
              "Residents with e-ID level 2 activated", "percent"),
    Indicator("eid_level1", "Người dân có định danh điện tử mức 1",
              "Residents with e-ID level 1", "percent"),
    Indicator("health_linked", "Người dân có hồ sơ sức khỏe điện tử",
              "Residents with a linked health record", "percent"),
    Indicator("public_service", "Hồ sơ dịch vụ công trực tuyến được hỗ trợ",
              "Online public service submissions assisted", "count"),
    Indicator("payment_account", "Người từ 15 tuổi có tài khoản thanh toán",
              "People aged 15+ with a payment account", "percent"),
    Indicator("ecommerce_households", "Hộ bán hàng trên sàn thương mại điện tử",
              "Households selling on e-commerce", "count"),
    Indicator("trainings", "Buổi tập huấn", "Trainings held", "count"),
    Indicator("training_participants", "Lượt người tham gia tập huấn",
              "Training participants", "count"),
    Indicator("events", "Ngày hội chuyển đổi số", "Digital transformation days", "count"),
    Indicator("people_served", "Người dân được phục vụ tại ngày hội",
              "People served at digital transformation days", "count"),
)}

ADULT_AGE = 18
PAYMENT_AGE = 15
